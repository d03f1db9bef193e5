import KafkaProtocol
import NIOCore

/// A JoinGroup as the coordinator sees it: wire fields plus what the handler knows of the client.
public struct JoinGroupParameters: Sendable {
    public var groupId: String
    public var memberId: String
    public var groupInstanceId: String?
    /// v4+: an unknown member first gets MEMBER_ID_REQUIRED and an id (KIP-394).
    public var requireKnownMemberId: Bool
    /// v9+: a static leader rejoining a stable group is told to skip the assignment (KIP-814).
    public var version: Int16
    public var clientId: String
    public var clientHost: String
    public var rebalanceTimeoutMs: Int32
    public var sessionTimeoutMs: Int32
    public var protocolType: String
    public var protocols: [GroupProtocol]

    public init(
        groupId: String, memberId: String, groupInstanceId: String? = nil, requireKnownMemberId: Bool, version: Int16,
        clientId: String, clientHost: String, rebalanceTimeoutMs: Int32, sessionTimeoutMs: Int32,
        protocolType: String, protocols: [GroupProtocol]
    ) {
        self.groupId = groupId
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.requireKnownMemberId = requireKnownMemberId
        self.version = version
        self.clientId = clientId
        self.clientHost = clientHost
        self.rebalanceTimeoutMs = rebalanceTimeoutMs
        self.sessionTimeoutMs = sessionTimeoutMs
        self.protocolType = protocolType
        self.protocols = protocols
    }
}

/// A member as the leader's JoinGroup answer lists it.
public struct JoinedMember: Sendable, Hashable {
    public var memberId: String
    public var groupInstanceId: String?
    public var metadata: ByteBuffer
}

/// The answer to one JoinGroup.
public struct JoinGroupResult: Sendable {
    public var error: ErrorCode
    public var generationId: Int32 = -1
    public var protocolType: String?
    public var protocolName: String?
    public var leaderId: String = ""
    public var memberId: String
    /// Every member with its metadata for the chosen protocol: for the leader only.
    public var members: [JoinedMember] = []
    public var skipAssignment = false

    public init(error: ErrorCode, memberId: String) {
        self.error = error
        self.memberId = memberId
    }
}

/// The answer to one SyncGroup.
public struct SyncGroupResult: Sendable {
    public var error: ErrorCode
    public var protocolType: String?
    public var protocolName: String?
    public var assignment = ByteBuffer()

    public init(error: ErrorCode, protocolType: String? = nil, protocolName: String? = nil, assignment: ByteBuffer = ByteBuffer()) {
        self.error = error
        self.protocolType = protocolType
        self.protocolName = protocolName
        self.assignment = assignment
    }
}

/// What the state machine asks its owner to do.
public enum GroupAction: Sendable {
    /// Answer the JoinGroup waiting under the token.
    case completeJoin(GroupRequestToken, JoinGroupResult)
    /// Answer the SyncGroup waiting under the token.
    case completeSync(GroupRequestToken, SyncGroupResult)
    /// Write the group's metadata record to `__consumer_offsets`; when `completesAssignment`,
    /// report the outcome with `assignmentStored(groupId:generationId:error:nowMs:)`.
    case storeGroup(groupId: String, generationId: Int32, completesAssignment: Bool)
}
