/// What the log remembers of one of a producer's recent batches, to answer a retried batch with
/// its original offsets (Kafka BatchMetadata.java).
public struct BatchMetadata: Hashable, Sendable {
    public var lastSequence: Int32
    public var lastOffset: Int64
    /// `lastOffset - firstOffset`, which is also `lastSequence - firstSequence` (modulo wrap).
    public var offsetDelta: Int32
    public var timestamp: Int64

    public init(lastSequence: Int32, lastOffset: Int64, offsetDelta: Int32, timestamp: Int64) {
        self.lastSequence = lastSequence
        self.lastOffset = lastOffset
        self.offsetDelta = offsetDelta
        self.timestamp = timestamp
    }

    public var firstOffset: Int64 { self.lastOffset - Int64(self.offsetDelta) }

    /// The first sequence, wrapping below 0 to `Int32.max` (Kafka DefaultRecordBatch.java
    /// `decrementSequence`).
    public var firstSequence: Int32 {
        let first = Int64(self.lastSequence) - Int64(self.offsetDelta)
        return first < 0 ? Int32(truncatingIfNeeded: first + Int64(Int32.max) + 1) : Int32(first)
    }
}
