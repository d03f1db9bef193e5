import KafkaStorage

/// An acks=-1 produce while the ISR is smaller than `min.insync.replicas` (Kafka
/// NotEnoughReplicasException.java, error NOT_ENOUGH_REPLICAS).
public struct NotEnoughReplicasError: Error, Equatable, Sendable, CustomStringConvertible {
    public var topicPartition: TopicPartition
    public var inSyncReplicas: Int
    public var minInsyncReplicas: Int

    public init(topicPartition: TopicPartition, inSyncReplicas: Int, minInsyncReplicas: Int) {
        self.topicPartition = topicPartition
        self.inSyncReplicas = inSyncReplicas
        self.minInsyncReplicas = minInsyncReplicas
    }

    // Kafka Partition.appendRecordsToLeader words it this way.
    public var description: String {
        "The size of the current ISR \(self.inSyncReplicas) is insufficient to satisfy the min.isr requirement of "
            + "\(self.minInsyncReplicas) for partition \(self.topicPartition)"
    }
}
