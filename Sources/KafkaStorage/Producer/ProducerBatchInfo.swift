import KafkaProtocol

/// The producer fields of one batch with its assigned offsets, as producer state needs them.
struct ProducerBatchInfo: Sendable {
    var producerId: Int64
    var producerEpoch: Int16
    var baseSequence: Int32
    var lastSequence: Int32
    var firstOffset: Int64
    var lastOffset: Int64
    var maxTimestamp: Int64
    var isTransactional: Bool
    /// The transaction marker of a control batch, nil for data batches and other control records.
    var marker: EndTransactionMarker?
    var isControlBatch: Bool

    /// Reads the fields of a magic-2 batch; for a control batch, decodes its marker.
    /// - Throws: `ProtocolDecodingError` when a control batch's record does not decode.
    init(batch: RecordBatch) throws {
        self.producerId = batch.producerId
        self.producerEpoch = batch.producerEpoch
        self.baseSequence = batch.baseSequence
        self.lastSequence = batch.lastSequence
        self.firstOffset = batch.baseOffset
        self.lastOffset = batch.lastOffset
        self.maxTimestamp = batch.maxTimestamp
        self.isTransactional = batch.isTransactional
        self.isControlBatch = batch.isControlBatch
        self.marker = nil
        if batch.isControlBatch {
            var records = try batch.records()
            if let record = try records.next() {
                let type = try ControlRecordType(key: record.key)
                if type == .abort || type == .commit {
                    self.marker = try EndTransactionMarker(record: record)
                }
            }
        }
    }
}
