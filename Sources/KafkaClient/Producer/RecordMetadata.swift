/// Where a record was written (Kafka RecordMetadata).
public struct RecordMetadata: Sendable, Equatable {
    public var topic: String
    public var partition: Int32
    /// The record's offset; -1 when unknown (acks=0).
    public var offset: Int64
    /// The record's timestamp: the broker's log append time when the topic uses it, else the
    /// create time the producer gave.
    public var timestamp: Int64

    public init(topic: String, partition: Int32, offset: Int64, timestamp: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.timestamp = timestamp
    }
}
