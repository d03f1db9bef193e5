import KafkaStorage

/// The metadata image has no such topic or partition (Kafka UnknownTopicOrPartitionException.java,
/// error UNKNOWN_TOPIC_OR_PARTITION).
public struct UnknownTopicOrPartitionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var topicPartition: TopicPartition

    public init(topicPartition: TopicPartition) {
        self.topicPartition = topicPartition
    }

    public var description: String { "This server does not host this topic-partition: \(self.topicPartition)" }
}
