import KafkaStorage

/// This broker does not lead the partition, or no longer hosts it (Kafka
/// NotLeaderOrFollowerException.java, error NOT_LEADER_OR_FOLLOWER).
public struct NotLeaderOrFollowerError: Error, Equatable, Sendable, CustomStringConvertible {
    public var topicPartition: TopicPartition
    /// The leader the metadata image names, -1 when none.
    public var leader: Int32
    public var leaderEpoch: Int32

    public init(topicPartition: TopicPartition, leader: Int32, leaderEpoch: Int32) {
        self.topicPartition = topicPartition
        self.leader = leader
        self.leaderEpoch = leaderEpoch
    }

    public var description: String {
        "this broker is not the leader of \(self.topicPartition) (leader \(self.leader), epoch \(self.leaderEpoch))"
    }
}
