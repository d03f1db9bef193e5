import KafkaProtocol
import NIOCore

/// A record read from a partition (Kafka ConsumerRecord).
public struct ConsumerRecord: Sendable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64
    /// Milliseconds since the epoch; what `timestampType` says it is.
    public var timestamp: Int64
    public var timestampType: TimestampType
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: [RecordHeader]
    /// The leader epoch of the batch (-1 for old message formats).
    public var leaderEpoch: Int32

    public init(
        topic: String, partition: Int32, offset: Int64, timestamp: Int64, timestampType: TimestampType,
        key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader], leaderEpoch: Int32
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.timestamp = timestamp
        self.timestampType = timestampType
        self.key = key
        self.value = value
        self.headers = headers
        self.leaderEpoch = leaderEpoch
    }

    public var topicPartition: TopicPartition { TopicPartition(topic: self.topic, partition: self.partition) }

    /// The value as UTF-8 text, nil for a null value.
    public var valueString: String? { self.value.map { String(buffer: $0) } }

    /// The key as UTF-8 text, nil for a null key.
    public var keyString: String? { self.key.map { String(buffer: $0) } }
}
