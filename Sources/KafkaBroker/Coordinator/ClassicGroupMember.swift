import NIOCore

/// A token naming one waiting JoinGroup or SyncGroup request; the coordinator actor keeps the
/// continuation under it, the state machine only the token.
public typealias GroupRequestToken = UInt64

/// One protocol a member offers in JoinGroup: an assignor name and its subscription bytes.
public struct GroupProtocol: Sendable, Hashable {
    public var name: String
    public var metadata: ByteBuffer

    public init(name: String, metadata: ByteBuffer) {
        self.name = name
        self.metadata = metadata
    }
}

/// A member of a classic group (Kafka ClassicGroupMember.java): who it is, the protocols it
/// offers, its assignment, the join or sync request it is waiting on and when its session ends.
struct ClassicGroupMember: Sendable {
    var memberId: String
    /// Set for static members (KIP-345).
    var groupInstanceId: String?
    var clientId: String
    var clientHost: String
    var rebalanceTimeoutMs: Int32
    var sessionTimeoutMs: Int32
    var protocolType: String
    /// In the member's order of preference.
    var protocols: [GroupProtocol]
    var assignment = ByteBuffer()
    /// The JoinGroup waiting for the join phase to end.
    var awaitingJoin: GroupRequestToken?
    /// The JoinGroup version of that request: v9+ can be told to skip the assignment (KIP-814).
    var awaitingJoinVersion: Int16 = 0
    /// The SyncGroup waiting for the leader's assignment.
    var awaitingSync: GroupRequestToken?
    /// Wall-clock milliseconds after which a silent member is removed.
    var heartbeatDeadlineMs: Int64 = .max

    var isStatic: Bool { self.groupInstanceId != nil }

    /// The member's metadata for `protocolName`, nil when it does not offer it.
    func metadata(for protocolName: String) -> ByteBuffer? {
        self.protocols.first { $0.name == protocolName }?.metadata
    }

    /// Whether `protocols` are exactly what the member offered before (Kafka `matches`): a
    /// follower that rejoins with them needs no rebalance.
    func matches(_ protocols: [GroupProtocol]) -> Bool {
        self.protocols == protocols
    }

    /// The member's first preference among `candidates` (Kafka `vote`).
    func vote(among candidates: Set<String>) -> String? {
        self.protocols.first { candidates.contains($0.name) }?.name
    }
}
