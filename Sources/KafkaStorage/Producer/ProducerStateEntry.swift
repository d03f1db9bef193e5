/// The state the log keeps per producer id: epoch, its last five batches, the coordinator epoch of
/// its last transaction marker and the first offset of its open transaction (Kafka
/// ProducerStateEntry.java).
public struct ProducerStateEntry: Hashable, Sendable {
    /// Batches kept for duplicate detection (Kafka `NUM_BATCHES_TO_RETAIN`, the client's
    /// `max.in.flight.requests.per.connection` limit for idempotence).
    public static let batchesToRetain = 5

    public var producerId: Int64
    /// -1 before any batch (Kafka `RecordBatch.NO_PRODUCER_EPOCH`).
    public var producerEpoch: Int16
    /// Oldest first.
    public var batchMetadata: [BatchMetadata]
    /// -1 before any marker.
    public var coordinatorEpoch: Int32
    public var lastTimestamp: Int64
    /// The first offset of the open transaction, nil outside one.
    public var currentTransactionFirstOffset: Int64?

    public init(
        producerId: Int64, producerEpoch: Int16 = -1, batchMetadata: [BatchMetadata] = [], coordinatorEpoch: Int32 = -1,
        lastTimestamp: Int64 = -1, currentTransactionFirstOffset: Int64? = nil
    ) {
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.batchMetadata = batchMetadata
        self.coordinatorEpoch = coordinatorEpoch
        self.lastTimestamp = lastTimestamp
        self.currentTransactionFirstOffset = currentTransactionFirstOffset
    }

    /// The last sequence written, -1 when no batch is remembered.
    public var lastSequence: Int32 { self.batchMetadata.last?.lastSequence ?? -1 }
    /// The last offset written, -1 when no batch is remembered.
    public var lastDataOffset: Int64 { self.batchMetadata.last?.lastOffset ?? -1 }

    /// Moves to a new epoch, forgetting the old epoch's batches (Kafka `maybeUpdateProducerEpoch`).
    mutating func updateEpoch(_ epoch: Int16) {
        guard epoch != self.producerEpoch else { return }
        self.batchMetadata.removeAll()
        self.producerEpoch = epoch
    }

    /// Remembers a batch (Kafka `addBatch`).
    mutating func addBatch(epoch: Int16, lastSequence: Int32, lastOffset: Int64, offsetDelta: Int32, timestamp: Int64) {
        self.updateEpoch(epoch)
        self.batchMetadata.append(
            BatchMetadata(
                lastSequence: lastSequence, lastOffset: lastOffset, offsetDelta: offsetDelta, timestamp: timestamp))
        if self.batchMetadata.count > Self.batchesToRetain {
            self.batchMetadata.removeFirst(self.batchMetadata.count - Self.batchesToRetain)
        }
        self.lastTimestamp = timestamp
    }

    /// The remembered batch with exactly this sequence range in this epoch (Kafka
    /// `findDuplicateBatch`).
    func duplicate(epoch: Int16, firstSequence: Int32, lastSequence: Int32) -> BatchMetadata? {
        guard epoch == self.producerEpoch else { return nil }
        return self.batchMetadata.first { $0.firstSequence == firstSequence && $0.lastSequence == lastSequence }
    }
}
