/// One producer's state in a producer snapshot (`.snapshot`): its epoch, the last batch it wrote,
/// and the first offset of its open transaction.
///
/// Fields in file order (Kafka ProducerStateManager.java `PRODUCER_SNAPSHOT_ENTRY_SCHEMA`): int64
/// producer_id, int16 epoch, int32 last_sequence, int64 last_offset, int32 offset_delta, int64
/// timestamp, int32 coordinator_epoch, int64 current_txn_first_offset. `size` is their sum, 46 bytes.
public struct ProducerSnapshotEntry: Hashable, Sendable {
    /// Bytes per entry.
    public static let size = 46

    /// The producer id.
    public var producerId: Int64
    /// Its current epoch.
    public var producerEpoch: Int16
    /// Sequence number of the last record of its last batch.
    public var lastSequence: Int32
    /// Offset of the last record of its last batch; negative when no data batch is known (only
    /// transaction markers), in which case Kafka keeps no batch metadata for the producer.
    public var lastOffset: Int64
    /// lastSequence minus the first sequence of that batch (= its last offset delta).
    public var offsetDelta: Int32
    /// Max timestamp of its last batch, in ms; also the producer's last timestamp.
    public var timestamp: Int64
    /// Epoch of the transaction coordinator that wrote its last marker.
    public var coordinatorEpoch: Int32
    /// First offset of its open transaction; nil when none (written as -1).
    public var currentTxnFirstOffset: Int64?

    public init(
        producerId: Int64, producerEpoch: Int16, lastSequence: Int32, lastOffset: Int64, offsetDelta: Int32,
        timestamp: Int64, coordinatorEpoch: Int32, currentTxnFirstOffset: Int64?
    ) {
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.lastSequence = lastSequence
        self.lastOffset = lastOffset
        self.offsetDelta = offsetDelta
        self.timestamp = timestamp
        self.coordinatorEpoch = coordinatorEpoch
        self.currentTxnFirstOffset = currentTxnFirstOffset
    }

    /// Whether the entry describes a data batch: Kafka's readSnapshot builds its BatchMetadata only
    /// for `lastOffset >= 0`.
    public var hasBatchMetadata: Bool { self.lastOffset >= 0 }

    /// Sequence number of the first record of the last batch, wrapping below zero to Int32.max as
    /// sequences do (Kafka BatchMetadata.java `firstSeq` via DefaultRecordBatch `decrementSequence`).
    public var firstSequence: Int32 {
        if self.lastSequence < self.offsetDelta {
            return Int32.max &- (self.offsetDelta &- self.lastSequence) &+ 1
        }
        return self.lastSequence &- self.offsetDelta
    }
}
