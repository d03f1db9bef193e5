/// A client-side partition assignor: the group leader runs the one every member supports and
/// hands each member its partitions (Kafka ConsumerPartitionAssignor).
public protocol PartitionAssignor: Sendable {
    /// The protocol name members advertise in JoinGroup (`range`, `roundrobin`, `cooperative-sticky`).
    var name: String { get }
    /// Whether members keep their partitions across a rebalance and only give up the ones that move.
    var rebalanceProtocol: RebalanceProtocol { get }
    /// Divides the partitions among the members.
    /// - Parameters:
    ///   - partitionsPerTopic: partition count of every topic some member subscribes to (topics
    ///     missing from the metadata are left out).
    ///   - subscriptions: per member id.
    /// - Returns: the partitions of every member id (members with none get an empty list).
    func assign(partitionsPerTopic: [String: Int32], subscriptions: [String: MemberSubscription]) -> [String:
        [TopicPartition]]
}

/// EAGER (revoke everything before joining) or COOPERATIVE (KIP-429: keep what you own).
public enum RebalanceProtocol: Sendable, Equatable {
    case eager, cooperative
}

/// One member's subscription as the assignors see it, with the static id used for ordering.
public struct MemberSubscription: Sendable, Equatable {
    public var subscription: GroupSubscription
    /// `group.instance.id`, when the member is static.
    public var groupInstanceId: String?

    public init(_ subscription: GroupSubscription, groupInstanceId: String? = nil) {
        self.subscription = subscription
        self.groupInstanceId = groupInstanceId
    }
}

extension PartitionAssignor {
    /// Member ids in Kafka's order (AbstractPartitionAssignor.MemberInfo.compareTo): static
    /// members by instance id first, then dynamic ones by member id, so a static member keeps its
    /// place when its member id changes.
    static func sortedMembers(_ subscriptions: [String: MemberSubscription]) -> [String] {
        subscriptions.keys.sorted { lhs, rhs in
            let left = subscriptions[lhs]?.groupInstanceId
            let right = subscriptions[rhs]?.groupInstanceId
            switch (left, right) {
            case (let l?, let r?): return l == r ? lhs < rhs : l < r
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs < rhs
            }
        }
    }
}

/// The assignors this client has, by the names Kafka and librdkafka use.
public enum PartitionAssignors {
    /// Looks up `partition.assignment.strategy` entries: the short names (`range`,
    /// `roundrobin`, `cooperative-sticky`) as librdkafka spells them, or the Java class names.
    /// - Returns: nil for an unknown name.
    public static func named(_ name: String) -> (any PartitionAssignor)? {
        let trimmed = name.trimmingCharacters(in: " ")
        switch trimmed {
        case "range", "org.apache.kafka.clients.consumer.RangeAssignor": return RangeAssignor()
        case "roundrobin", "org.apache.kafka.clients.consumer.RoundRobinAssignor": return RoundRobinAssignor()
        case "cooperative-sticky", "org.apache.kafka.clients.consumer.CooperativeStickyAssignor":
            return CooperativeStickyAssignor()
        default: return nil
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
