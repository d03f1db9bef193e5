import KafkaProtocol

/// The summary line klog-dump prints for each batch (DumpLogSegments.scala `printBatchLevel`).
struct BatchLine {
    let batch: AnyRecordBatch
    /// Bytes from the start of the file to the batch.
    let position: Int

    /// Kafka's `OptionalLong` text.
    static func optionalLong(_ value: Int64?) -> String {
        value.map { "OptionalLong[\($0)]" } ?? "OptionalLong.empty"
    }

    /// The codec name, or `unknown(<id>)` for an id Kafka does not define.
    static func codecName(_ codec: CompressionCodec?, id: Int8) -> String {
        codec?.name ?? "unknown(\(id))"
    }

    /// Kafka's text.
    var text: String {
        var line: String
        let timestampType: TimestampType
        let magic: Int8
        let codec: String
        let crc: UInt32
        let isValid: Bool
        switch self.batch {
        case .magic2(let batch):
            line =
                "baseOffset: \(batch.baseOffset) lastOffset: \(batch.lastOffset) count: \(batch.recordCount)"
                + " baseSequence: \(batch.baseSequence) lastSequence: \(batch.lastSequence)"
                + " producerId: \(batch.producerId) producerEpoch: \(batch.producerEpoch)"
                + " partitionLeaderEpoch: \(batch.partitionLeaderEpoch) isTransactional: \(batch.isTransactional)"
                + " isControl: \(batch.isControlBatch) deleteHorizonMs: \(Self.optionalLong(batch.deleteHorizonMs))"
            timestampType = batch.timestampType
            magic = batch.magic
            codec = Self.codecName(batch.compression, id: batch.attributes.compressionId)
            crc = batch.crc
            isValid = batch.crc == batch.computeChecksum()
        case .legacy(let entry):
            line = "offset: \(entry.lastOffset)"
            timestampType = entry.timestampType
            magic = entry.magic
            codec = Self.codecName(entry.compression, id: entry.compressionId)
            crc = entry.crc
            isValid = entry.crc == entry.computeChecksum()
        }
        line +=
            " position: \(self.position) \(timestampType): \(self.batch.maxTimestamp) size: \(self.batch.sizeInBytes)"
            + " magic: \(magic) compresscodec: \(codec) crc: \(crc) isvalid: \(isValid)"
        return line
    }

    /// The `--json` line.
    var json: String {
        var line = JSONLine("batch")
        switch self.batch {
        case .magic2(let batch):
            line.add("baseOffset", batch.baseOffset)
            line.add("lastOffset", batch.lastOffset)
            line.add("count", batch.recordCount)
            line.add("baseSequence", batch.baseSequence)
            line.add("lastSequence", batch.lastSequence)
            line.add("producerId", batch.producerId)
            line.add("producerEpoch", batch.producerEpoch)
            line.add("partitionLeaderEpoch", batch.partitionLeaderEpoch)
            line.add("isTransactional", batch.isTransactional)
            line.add("isControl", batch.isControlBatch)
            line.add("deleteHorizonMs", batch.deleteHorizonMs)
            line.add("position", self.position)
            line.add("timestampType", batch.timestampType.description)
            line.add("maxTimestamp", batch.maxTimestamp)
            line.add("size", batch.sizeInBytes)
            line.add("magic", batch.magic)
            line.add("compressCodec", Self.codecName(batch.compression, id: batch.attributes.compressionId))
            line.add("crc", batch.crc)
            line.add("isValid", batch.crc == batch.computeChecksum())
        case .legacy(let entry):
            line.add("lastOffset", entry.lastOffset)
            line.add("position", self.position)
            line.add("timestampType", entry.timestampType.description)
            line.add("maxTimestamp", entry.timestamp)
            line.add("size", entry.sizeInBytes)
            line.add("magic", entry.magic)
            line.add("compressCodec", Self.codecName(entry.compression, id: entry.compressionId))
            line.add("crc", entry.crc)
            line.add("isValid", entry.crc == entry.computeChecksum())
        }
        return line.text
    }
}
