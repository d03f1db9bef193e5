import KafkaProtocol

/// A topic as the cluster describes it (Kafka TopicDescription).
public struct TopicDescription: Sendable, Equatable {
    public var name: String
    public var topicId: Uuid
    public var isInternal: Bool
    public var partitions: [ClusterMetadata.Partition]

    /// The replication factor: the replica count of the first partition.
    public var replicationFactor: Int { self.partitions.first?.replicas.count ?? 0 }
}
