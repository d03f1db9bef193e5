import NIOCore

/// What one member of a consumer group sends in JoinGroup: the topics it subscribes to, the
/// partitions it owns (for the sticky assignors), its generation and rack (Kafka
/// ConsumerPartitionAssignor.Subscription).
public struct GroupSubscription: Sendable, Equatable {
    /// Subscribed topic names (a pattern subscription sends the names it currently matches).
    public var topics: [String]
    /// Assignor-specific bytes; nil when the assignor has none.
    public var userData: ByteBuffer?
    /// Partitions the member owned in `generationId` (ConsumerProtocol v1+).
    public var ownedPartitions: [TopicPartition]
    /// The generation the owned partitions belong to; -1 when unknown (ConsumerProtocol v2+).
    public var generationId: Int32
    /// `client.rack`, nil when not set (ConsumerProtocol v3+).
    public var rackId: String?

    public init(
        topics: [String], userData: ByteBuffer? = nil, ownedPartitions: [TopicPartition] = [],
        generationId: Int32 = -1, rackId: String? = nil
    ) {
        self.topics = topics
        self.userData = userData
        self.ownedPartitions = ownedPartitions
        self.generationId = generationId
        self.rackId = rackId
    }
}

/// What the group leader hands one member in SyncGroup (Kafka ConsumerPartitionAssignor.Assignment).
public struct GroupAssignment: Sendable, Equatable {
    /// The member's partitions.
    public var partitions: [TopicPartition]
    /// Assignor-specific bytes.
    public var userData: ByteBuffer?

    public init(partitions: [TopicPartition], userData: ByteBuffer? = nil) {
        self.partitions = partitions
        self.userData = userData
    }
}
