import KafkaProtocol
import KafkaStorage

/// A request's current leader epoch differs from the partition's (Kafka Partition.scala
/// `checkCurrentLeaderEpoch`, KIP-320): older is FENCED_LEADER_EPOCH, newer UNKNOWN_LEADER_EPOCH.
public struct LeaderEpochMismatchError: Error, Equatable, Sendable, CustomStringConvertible {
    public var topicPartition: TopicPartition
    public var requestEpoch: Int32
    public var leaderEpoch: Int32

    public init(topicPartition: TopicPartition, requestEpoch: Int32, leaderEpoch: Int32) {
        self.topicPartition = topicPartition
        self.requestEpoch = requestEpoch
        self.leaderEpoch = leaderEpoch
    }

    /// FENCED_LEADER_EPOCH when the client is behind, UNKNOWN_LEADER_EPOCH when it is ahead.
    public var errorCode: ErrorCode { self.requestEpoch < self.leaderEpoch ? .fencedLeaderEpoch : .unknownLeaderEpoch }

    public var description: String {
        "leader epoch \(self.requestEpoch) of the request for \(self.topicPartition) does not match the current epoch \(self.leaderEpoch)"
    }
}
