import KafkaProtocol

/// A topic to create (Kafka NewTopic): partitions and replication factor, or an explicit
/// replica assignment, plus topic configs.
public struct NewTopic: Sendable, Equatable {
    public var name: String
    /// nil for the broker's `num.partitions` (-1 on the wire, CreateTopics v4+, KIP-464).
    public var numPartitions: Int32?
    /// nil for the broker's `default.replication.factor` (-1 on the wire, KIP-464).
    public var replicationFactor: Int16?
    /// Broker ids per partition; when set, `numPartitions` and `replicationFactor` must be nil.
    public var replicaAssignments: [Int32: [Int32]]?
    /// Topic configs such as `cleanup.policy` or `retention.ms`.
    public var configs: [String: String]

    public init(
        name: String, numPartitions: Int32? = nil, replicationFactor: Int16? = nil,
        replicaAssignments: [Int32: [Int32]]? = nil, configs: [String: String] = [:]
    ) {
        self.name = name
        self.numPartitions = numPartitions
        self.replicationFactor = replicationFactor
        self.replicaAssignments = replicaAssignments
        self.configs = configs
    }

    /// The topic as CreateTopics carries it.
    public var creatableTopic: CreateTopicsRequest.CreatableTopic {
        CreateTopicsRequest.CreatableTopic(
            name: self.name,
            numPartitions: self.replicaAssignments == nil ? self.numPartitions ?? -1 : -1,
            replicationFactor: self.replicaAssignments == nil ? self.replicationFactor ?? -1 : -1,
            assignments: (self.replicaAssignments ?? [:]).sorted { $0.key < $1.key }.map {
                CreateTopicsRequest.CreatableReplicaAssignment(partitionIndex: $0.key, brokerIds: $0.value)
            },
            configs: self.configs.sorted { $0.key < $1.key }.map {
                CreateTopicsRequest.CreatableTopicConfig(name: $0.key, value: $0.value)
            })
    }
}
