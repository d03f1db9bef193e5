import KafkaProtocol

/// One consumer's place in its group, as a state machine without I/O (Kafka AbstractCoordinator
/// and ConsumerCoordinator's member state). The owning `ConsumerCoordinator` sends the requests,
/// feeds each outcome in, and carries out the returned `Action`.
///
/// The error handling follows Kafka's response handlers:
/// - MEMBER_ID_REQUIRED (JoinGroup v4+, KIP-394): keep the member id the coordinator assigned and
///   join again at once.
/// - UNKNOWN_MEMBER_ID: forget member id and generation; the owned partitions are lost.
/// - ILLEGAL_GENERATION: forget the generation (keep the member id); owned partitions are lost.
/// - REBALANCE_IN_PROGRESS: join again, keeping member id, generation and (cooperative) partitions.
/// - NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE: find the coordinator again, then retry.
/// - COORDINATOR_LOAD_IN_PROGRESS and other retriable codes: retry after a backoff.
/// - FENCED_INSTANCE_ID, GROUP_AUTHORIZATION_FAILED, INCONSISTENT_GROUP_PROTOCOL,
///   INVALID_SESSION_TIMEOUT, GROUP_MAX_SIZE_REACHED, ...: fatal, surfaced to the caller.
public struct GroupMembership: Sendable {
    /// Where the member is in the join/sync protocol (Kafka AbstractCoordinator.MemberState).
    public enum State: Sendable, Equatable {
        /// Not in the group (never joined, left, or membership lost).
        case unjoined
        /// JoinGroup sent, waiting for the rebalance to complete.
        case preparingRebalance
        /// Joined; SyncGroup sent, waiting for the assignment.
        case completingRebalance
        /// Has an assignment for the current generation; heartbeats.
        case stable
    }

    /// What the coordinator does next.
    public enum Action: Sendable, Equatable {
        /// Nothing; carry on.
        case none
        /// Send JoinGroup again; `backoff` waits `retry.backoff.ms` first.
        case rejoin(backoff: Bool)
        /// Send SyncGroup; the leader computes and sends the assignment.
        case sync(isLeader: Bool)
        /// The assignment arrived: start fetching `added`, stop `revoked`; `rejoin` when
        /// cooperative revocation needs a follow-up rebalance (KIP-429).
        case assigned(added: [TopicPartition], revoked: [TopicPartition], rejoin: Bool)
        /// Look the coordinator up again, then retry.
        case findCoordinator
        /// Stop with this error.
        case fail(ErrorCode)
    }

    public private(set) var state: State = .unjoined
    /// Our member id; empty before the first join (or after UNKNOWN_MEMBER_ID).
    public private(set) var memberId = ""
    /// The generation of the current assignment; -1 when there is none.
    public private(set) var generationId: Int32 = -1
    /// The assignor the coordinator chose for this generation.
    public private(set) var protocolName: String?
    /// The leader's member id for this generation.
    public private(set) var leaderId = ""
    /// The partitions this member owns.
    public private(set) var owned: [TopicPartition] = []
    /// Set when the next poll must (re)join: before the first join, after errors, after a
    /// subscription change.
    public private(set) var rejoinNeeded = true

    public init() {}

    /// The member asks to rejoin (subscription or metadata change, cooperative follow-up).
    public mutating func requestRejoin() {
        self.rejoinNeeded = true
    }

    /// Before JoinGroup (Kafka ConsumerCoordinator.onJoinPrepare).
    /// - Returns: the partitions to give up first: all owned ones for an eager assignor, none for
    ///   a cooperative one (unless the generation was lost, when all are lost).
    public mutating func prepareJoin(rebalanceProtocol: RebalanceProtocol) -> [TopicPartition] {
        self.state = .preparingRebalance
        let giveUp: [TopicPartition]
        if rebalanceProtocol == .eager || self.generationId < 0 {
            giveUp = self.owned
            self.owned = []
        } else {
            giveUp = []
        }
        return giveUp
    }

    /// Feeds a JoinGroup answer in.
    public mutating func joinCompleted(
        error: ErrorCode, memberId: String, generationId: Int32, protocolName: String?, leaderId: String
    ) -> Action {
        switch error {
        case .none:
            self.memberId = memberId
            self.generationId = generationId
            self.protocolName = protocolName
            self.leaderId = leaderId
            self.state = .completingRebalance
            return .sync(isLeader: memberId == leaderId)
        case .memberIdRequired:
            self.memberId = memberId
            return .rejoin(backoff: false)
        case .unknownMemberId:
            self.resetGeneration(keepMemberId: false)
            return .rejoin(backoff: false)
        case .illegalGeneration:
            self.resetGeneration(keepMemberId: true)
            return .rejoin(backoff: false)
        case .rebalanceInProgress:
            return .rejoin(backoff: false)
        default:
            return self.common(error)
        }
    }

    /// Feeds a SyncGroup answer in.
    /// - Parameter assignment: the decoded assignment (ignored on error).
    public mutating func syncCompleted(
        error: ErrorCode, assignment: [TopicPartition], rebalanceProtocol: RebalanceProtocol
    ) -> Action {
        switch error {
        case .none:
            let newSet = Set(assignment)
            let oldSet = Set(self.owned)
            let added = assignment.filter { !oldSet.contains($0) }.sorted()
            let revoked = self.owned.filter { !newSet.contains($0) }.sorted()
            self.owned = Array(newSet).sorted()
            self.state = .stable
            // Cooperative members revoke what moved away and rejoin so it can be handed over.
            self.rejoinNeeded = rebalanceProtocol == .cooperative && !revoked.isEmpty
            return .assigned(added: added, revoked: revoked, rejoin: self.rejoinNeeded)
        case .unknownMemberId:
            self.resetGeneration(keepMemberId: false)
            return .rejoin(backoff: false)
        case .illegalGeneration:
            self.resetGeneration(keepMemberId: true)
            return .rejoin(backoff: false)
        case .rebalanceInProgress:
            self.state = .unjoined
            self.rejoinNeeded = true
            return .rejoin(backoff: false)
        default:
            return self.common(error)
        }
    }

    /// Feeds a Heartbeat answer in (also used for OffsetCommit group-level errors).
    public mutating func heartbeatCompleted(error: ErrorCode) -> Action {
        switch error {
        case .none:
            return .none
        case .rebalanceInProgress:
            self.rejoinNeeded = true
            return .rejoin(backoff: false)
        case .unknownMemberId:
            self.resetGeneration(keepMemberId: false)
            return .rejoin(backoff: false)
        case .illegalGeneration:
            self.resetGeneration(keepMemberId: true)
            return .rejoin(backoff: false)
        default:
            return self.common(error)
        }
    }

    /// After LeaveGroup (or when giving up the membership on close or poll timeout).
    /// - Returns: the partitions given up.
    public mutating func left() -> [TopicPartition] {
        let owned = self.owned
        self.resetGeneration(keepMemberId: false)
        return owned
    }

    /// Drops the partitions that are lost with the generation.
    private mutating func resetGeneration(keepMemberId: Bool) {
        if !keepMemberId { self.memberId = "" }
        self.generationId = -1
        self.protocolName = nil
        self.leaderId = ""
        self.owned = []
        self.state = .unjoined
        self.rejoinNeeded = true
    }

    private mutating func common(_ error: ErrorCode) -> Action {
        switch error {
        case .notCoordinator, .coordinatorNotAvailable:
            self.state = self.state == .stable ? .stable : .unjoined
            if self.state != .stable { self.rejoinNeeded = true }
            return .findCoordinator
        case .fencedInstanceId, .groupAuthorizationFailed, .inconsistentGroupProtocol, .invalidSessionTimeout,
            .groupMaxSizeReached, .invalidGroupId, .unsupportedVersion:
            self.state = .unjoined
            return .fail(error)
        default:
            if error.isRetriable {
                if self.state != .stable { self.rejoinNeeded = true }
                return .rejoin(backoff: true)
            }
            self.state = .unjoined
            return .fail(error)
        }
    }
}
