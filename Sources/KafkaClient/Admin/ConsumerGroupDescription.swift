/// A group as ListGroups reports it (Kafka GroupListing).
public struct GroupListing: Sendable, Equatable {
    public var groupId: String
    /// `consumer` for consumer groups, empty for groups that only commit offsets.
    public var protocolType: String
    /// The state name (`Stable`, `Empty`, ...); empty when the broker does not send it (v0-3).
    public var state: String
    /// `classic`, `consumer` or `share`; empty before ListGroups v5.
    public var type: String

    public init(groupId: String, protocolType: String, state: String, type: String) {
        self.groupId = groupId
        self.protocolType = protocolType
        self.state = state
        self.type = type
    }
}

/// A described consumer group (Kafka ConsumerGroupDescription).
public struct ConsumerGroupDescription: Sendable, Equatable {
    /// One member with its decoded assignment (Kafka MemberDescription).
    public struct Member: Sendable, Equatable {
        public var memberId: String
        public var groupInstanceId: String?
        public var clientId: String
        /// The client's address as the coordinator saw it, e.g. `/127.0.0.1`.
        public var host: String
        /// The partitions the leader gave the member (empty when not decodable).
        public var assignment: [TopicPartition]

        public init(
            memberId: String, groupInstanceId: String?, clientId: String, host: String, assignment: [TopicPartition]
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.clientId = clientId
            self.host = host
            self.assignment = assignment
        }
    }

    public var groupId: String
    /// The group state as the coordinator names it; `Dead` for a group that does not exist.
    public var state: String
    public var protocolType: String
    /// The assignor the group uses (`range`, ...); empty when the group has none.
    public var assignor: String
    public var members: [Member]
    /// The coordinator's node id, host and port.
    public var coordinator: ClusterMetadata.Broker?

    public init(
        groupId: String, state: String, protocolType: String, assignor: String, members: [Member],
        coordinator: ClusterMetadata.Broker?
    ) {
        self.groupId = groupId
        self.state = state
        self.protocolType = protocolType
        self.assignor = assignor
        self.members = members
        self.coordinator = coordinator
    }
}
