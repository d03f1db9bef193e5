import KafkaProtocol
import KafkaStorage
import NIOCore

/// One classic group's data (Kafka ClassicGroup.java): state, generation, the chosen protocol,
/// members in join order, members told MEMBER_ID_REQUIRED, static members by instance id, the
/// deadlines of the current rebalance, and the group's committed offsets.
///
/// Plain data with the group-local rules (protocol support and selection, leader choice); the
/// transitions are in `GroupCoordinatorState`.
struct ClassicGroup: Sendable {
    let groupId: String
    var state: GroupState = .empty
    /// Wall-clock milliseconds of the last state change; drives offset expiry of empty groups.
    var stateTimestampMs: Int64?
    var generationId: Int32 = 0
    /// nil for a group that only ever had offsets committed (a "simple" group).
    var protocolType: String?
    var protocolName: String?
    var leaderId: String?
    /// Members in the order they joined.
    private(set) var memberIds: [String] = []
    private(set) var members: [String: ClassicGroupMember] = [:]
    /// Member ids handed out with MEMBER_ID_REQUIRED, with the time they lapse (KIP-394).
    var pendingMembers: [String: Int64] = [:]
    /// Static member ids by group instance id.
    var staticMembers: [String: String] = [:]
    /// When the join phase ends at the latest (PreparingRebalance only).
    var rebalanceDeadlineMs: Int64?
    /// The initial rebalance of an empty group (`group.initial.rebalance.delay.ms`): how much of
    /// the rebalance timeout is left to extend it, and whether a member joined in the last delay.
    var initialRebalance: (remainingMs: Int64, newMemberAdded: Bool)?
    /// Members that have not sent SyncGroup for this generation, and when they are given up on.
    var pendingSyncMembers: Set<String> = []
    var syncDeadlineMs: Int64?
    /// The leader's assignment while its group metadata write is in flight.
    var pendingAssignment: [String: ByteBuffer]?
    /// The topics the consumer-protocol members subscribe to, nil when unknown.
    var subscribedTopics: Set<String>?
    var offsets: [TopicPartition: CommittedOffset] = [:]

    init(groupId: String, nowMs: Int64?) {
        self.groupId = groupId
        self.stateTimestampMs = nowMs
    }

    var isEmpty: Bool { self.members.isEmpty }
    var memberCount: Int { self.members.count }
    var allMembers: [ClassicGroupMember] { self.memberIds.compactMap { self.members[$0] } }

    func member(_ memberId: String) -> ClassicGroupMember? { self.members[memberId] }
    func has(_ memberId: String) -> Bool { self.members[memberId] != nil }
    func isLeader(_ memberId: String) -> Bool { self.leaderId == memberId }

    /// The largest rebalance timeout among members: how long the join phase waits for them.
    var rebalanceTimeoutMs: Int64 { Int64(self.members.values.map(\.rebalanceTimeoutMs).max() ?? 0) }

    var membersAwaitingJoin: Int { self.members.values.filter { $0.awaitingJoin != nil }.count }

    /// Every member has rejoined and no member id handed out is still expected (Kafka
    /// `hasAllMembersJoined`).
    var hasAllMembersJoined: Bool { self.membersAwaitingJoin == self.members.count && self.pendingMembers.isEmpty }

    mutating func transition(to state: GroupState, nowMs: Int64) {
        self.state = state
        self.stateTimestampMs = nowMs
    }

    /// Adds a member; the first member sets the protocol type and becomes leader.
    mutating func add(_ member: ClassicGroupMember) {
        if self.members.isEmpty { self.protocolType = member.protocolType }
        if self.leaderId == nil { self.leaderId = member.memberId }
        if let instanceId = member.groupInstanceId { self.staticMembers[instanceId] = member.memberId }
        self.members[member.memberId] = member
        self.memberIds.append(member.memberId)
        self.pendingMembers[member.memberId] = nil
    }

    /// Removes a member; a departing leader is replaced by the member that joined next.
    @discardableResult
    mutating func remove(_ memberId: String) -> ClassicGroupMember? {
        guard let member = self.members.removeValue(forKey: memberId) else { return nil }
        self.memberIds.removeAll { $0 == memberId }
        if let instanceId = member.groupInstanceId, self.staticMembers[instanceId] == memberId {
            self.staticMembers[instanceId] = nil
        }
        self.pendingSyncMembers.remove(memberId)
        if self.leaderId == memberId { self.leaderId = self.memberIds.first }
        return member
    }

    mutating func update(_ memberId: String, _ change: (inout ClassicGroupMember) -> Void) {
        guard var member = self.members[memberId] else { return }
        change(&member)
        self.members[memberId] = member
    }

    /// Gives a static member a new member id (Kafka `replaceStaticMember`), keeping its place.
    mutating func replaceStaticMember(instanceId: String, oldMemberId: String, newMemberId: String) {
        guard var member = self.members.removeValue(forKey: oldMemberId) else { return }
        member.memberId = newMemberId
        member.awaitingJoin = nil
        member.awaitingSync = nil
        self.members[newMemberId] = member
        self.memberIds = self.memberIds.map { $0 == oldMemberId ? newMemberId : $0 }
        self.staticMembers[instanceId] = newMemberId
        if self.leaderId == oldMemberId { self.leaderId = newMemberId }
        if self.pendingSyncMembers.remove(oldMemberId) != nil { self.pendingSyncMembers.insert(newMemberId) }
    }

    /// Whether a member offering `protocols` of `protocolType` can join (Kafka
    /// `supportsProtocols`): an empty group takes any non-empty offer; otherwise the type must
    /// match and one of the protocols must be supported by every member.
    func supportsProtocols(_ protocolType: String, _ protocols: [GroupProtocol]) -> Bool {
        if self.members.isEmpty { return !protocolType.isEmpty && !protocols.isEmpty }
        guard protocolType == self.protocolType else { return false }
        let offered = Set(protocols.map(\.name))
        return !self.supportedProtocols.isDisjoint(with: offered)
    }

    /// The protocols every member offers.
    var supportedProtocols: Set<String> {
        var common: Set<String>?
        for member in self.members.values {
            let names = Set(member.protocols.map(\.name))
            common = common.map { $0.intersection(names) } ?? names
        }
        return common ?? []
    }

    /// The protocol with the most first-preference votes among those every member supports
    /// (Kafka `selectProtocol`); a tie goes to the protocol the earliest member prefers.
    func selectProtocol() -> String? {
        let candidates = self.supportedProtocols
        var votes: [String: Int] = [:]
        var order: [String] = []
        for member in self.allMembers {
            guard let vote = member.vote(among: candidates) else { continue }
            if votes[vote] == nil { order.append(vote) }
            votes[vote, default: 0] += 1
        }
        return order.max { votes[$0]! < votes[$1]! || (votes[$0]! == votes[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
    }

    /// The topics the members subscribe to, from their `ConsumerProtocolSubscription` metadata;
    /// nil for another protocol type or metadata that does not decode (Kafka
    /// `computeSubscribedTopics`).
    func computeSubscribedTopics() -> Set<String>? {
        guard self.protocolType == "consumer", let protocolName = self.protocolName else { return nil }
        var topics = Set<String>()
        for member in self.members.values {
            guard var bytes = member.metadata(for: protocolName), let version = bytes.readInteger(as: Int16.self),
                let subscription = try? ConsumerProtocolSubscription(from: &bytes, version: version)
            else { return nil }
            topics.formUnion(subscription.topics)
        }
        return topics
    }

    /// Whether OffsetDelete must leave `topic` alone (Kafka `isSubscribedToTopic`).
    func isSubscribed(to topic: String) -> Bool {
        self.subscribedTopics?.contains(topic) ?? false
    }
}
