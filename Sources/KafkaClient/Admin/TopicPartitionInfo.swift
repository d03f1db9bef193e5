import KafkaProtocol

/// A topic with its partitions as `describeTopicPartitions` reports them (Kafka TopicDescription
/// with TopicPartitionInfo), including the eligible leader replicas of KIP-966.
public struct DescribedTopic: Sendable, Equatable {
    public var name: String
    /// Zero when the broker sent none.
    public var topicId: Uuid
    public var isInternal: Bool
    /// Sorted by partition index.
    public var partitions: [TopicPartitionInfo]

    public init(name: String, topicId: Uuid, isInternal: Bool, partitions: [TopicPartitionInfo]) {
        self.name = name
        self.topicId = topicId
        self.isInternal = isInternal
        self.partitions = partitions
    }
}

/// One partition's leadership and replicas (Kafka TopicPartitionInfo).
public struct TopicPartitionInfo: Sendable, Equatable {
    public var partition: Int32
    /// nil while the partition has no leader (-1 on the wire).
    public var leaderId: Int32?
    public var replicas: [Int32]
    public var isr: [Int32]
    /// Eligible leader replicas; nil when the broker did not report them (the Metadata API has no
    /// such field), as opposed to an empty list.
    public var eligibleLeaderReplicas: [Int32]?
    /// The last known ELR members; nil when not reported.
    public var lastKnownElr: [Int32]?

    public init(
        partition: Int32, leaderId: Int32?, replicas: [Int32], isr: [Int32], eligibleLeaderReplicas: [Int32]? = nil,
        lastKnownElr: [Int32]? = nil
    ) {
        self.partition = partition
        self.leaderId = leaderId
        self.replicas = replicas
        self.isr = isr
        self.eligibleLeaderReplicas = eligibleLeaderReplicas
        self.lastKnownElr = lastKnownElr
    }
}

/// A topic name with its id (Kafka TopicListing).
public struct TopicListing: Sendable, Equatable {
    public var name: String
    public var topicId: Uuid
    public var isInternal: Bool

    public init(name: String, topicId: Uuid, isInternal: Bool) {
        self.name = name
        self.topicId = topicId
        self.isInternal = isInternal
    }
}

/// An ongoing reassignment of one partition (Kafka PartitionReassignment).
public struct PartitionReassignment: Sendable, Equatable {
    /// The full replica set during the move (old plus new).
    public var replicas: [Int32]
    public var addingReplicas: [Int32]
    public var removingReplicas: [Int32]

    public init(replicas: [Int32], addingReplicas: [Int32], removingReplicas: [Int32]) {
        self.replicas = replicas
        self.addingReplicas = addingReplicas
        self.removingReplicas = removingReplicas
    }
}
