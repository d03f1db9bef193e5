import KafkaProtocol

/// What CreateTopics reports for a created (or validated) topic; fields are -1/empty when the
/// broker's version does not return them (before CreateTopics v5).
public struct CreatedTopic: Sendable, Equatable {
    public var name: String
    public var topicId: Uuid
    public var numPartitions: Int32
    public var replicationFactor: Int16
    public var configs: [String: String?]
}

/// A topic as the cluster describes it (Kafka TopicDescription).
public struct TopicDescription: Sendable, Equatable {
    public var name: String
    public var topicId: Uuid
    public var isInternal: Bool
    public var partitions: [ClusterMetadata.Partition]

    /// The replication factor: the replica count of the first partition.
    public var replicationFactor: Int { self.partitions.first?.replicas.count ?? 0 }
}

/// The cluster as DescribeCluster (or Metadata) reports it (Kafka DescribeClusterResult).
public struct ClusterDescription: Sendable, Equatable {
    public var clusterId: String?
    public var controllerId: Int32?
    public var brokers: [ClusterMetadata.Broker]
}

/// New partition count for a topic (Kafka NewPartitions).
public struct NewPartitions: Sendable, Equatable {
    /// The total number of partitions after the increase.
    public var totalCount: Int32
    /// Broker ids for each new partition, nil to let the controller choose.
    public var assignments: [[Int32]]?

    public init(totalCount: Int32, assignments: [[Int32]]? = nil) {
        self.totalCount = totalCount
        self.assignments = assignments
    }
}
