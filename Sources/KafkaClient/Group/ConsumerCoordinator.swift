import KafkaProtocol
import NIOCore

/// A consumer's side of the classic group protocol (Kafka ConsumerCoordinator over
/// AbstractCoordinator): finds the coordinator, joins and syncs (computing the assignment when
/// it is the leader), heartbeats in the background, commits and fetches offsets, leaves.
///
/// The decisions are `GroupMembership`'s; this actor does the I/O. `KafkaConsumer` drives it from
/// `poll`: `ensureActiveGroup` returns once the member has an assignment for the current
/// generation, with the partitions to start and stop fetching.
public actor ConsumerCoordinator {
    public let groupConfig: GroupConfig
    let cluster: KafkaCluster
    let clientRack: String?
    public private(set) var membership = GroupMembership()
    private var coordinator: (connection: BrokerConnection, nodeId: Int32)?
    private var heartbeatTask: Task<Void, Never>?
    typealias JoinOutcome = Result<(added: [TopicPartition], revoked: [TopicPartition]), any Error>
    /// The rebalance in progress; it outlives the poll that started it (see `ensureActiveGroup`).
    private var pendingJoin: Task<JoinOutcome, Never>?
    /// A fatal error the heartbeat found, thrown by the next `ensureActiveGroup`.
    private var pendingError: KafkaApiError?
    private var lastPoll = ContinuousClock.now
    /// The topics the last join subscribed to.
    public private(set) var joinedTopics: [String] = []

    public init(config: GroupConfig, cluster: KafkaCluster, clientRack: String? = nil) {
        self.groupConfig = config
        self.cluster = cluster
        self.clientRack = clientRack
    }

    private var groupId: String { self.groupConfig.groupId }
    private var requestTimeout: Duration { self.cluster.config.requestTimeout }

    /// The rebalance protocol every configured assignor shares; cooperative only when all are
    /// (Kafka ConsumerCoordinator picks the common protocol of the assignor list).
    var rebalanceProtocol: RebalanceProtocol {
        self.groupConfig.assignors.allSatisfy { $0.rebalanceProtocol == .cooperative } ? .cooperative : .eager
    }

    /// Records that the application polled (for `max.poll.interval.ms`).
    public func recordPoll() {
        self.lastPoll = .now
    }

    /// Whether a rebalance must run before the next fetch.
    public var needsRejoin: Bool { self.membership.rejoinNeeded || self.membership.state != .stable }

    /// Asks for a rebalance at the next poll (subscription changed, topic metadata changed).
    public func requestRejoin() {
        self.membership.requestRejoin()
    }

    // MARK: coordinator

    private func coordinatorConnection() async throws -> BrokerConnection {
        if let known = self.coordinator, known.connection.isActive { return known.connection }
        let found = try await CoordinatorLookup.connection(
            forGroup: self.groupId, cluster: self.cluster, maxWait: self.requestTimeout)
        self.coordinator = found
        return found.connection
    }

    private func markCoordinatorUnknown() {
        self.coordinator = nil
    }

    // MARK: join and sync

    /// Joins (or rejoins) the group, waiting up to `maxWait` for this generation's assignment.
    ///
    /// The rebalance runs in a task of its own: a JoinGroup is held by the coordinator until every
    /// member rejoined, and a member only rejoins from its own poll, so a poll that blocked until
    /// the rebalance completed would keep the application from polling its other consumers (Kafka's
    /// poll likewise returns at its timeout and picks the pending join up on the next call).
    /// - Parameters:
    ///   - topics: the subscription (pattern subscriptions pass the names matched now); used when
    ///     a new rebalance starts.
    ///   - maxWait: how long to wait for the rebalance (the rest of the poll timeout).
    ///   - beforeRevoke: called with partitions about to be given up, before JoinGroup (the
    ///     consumer commits them when auto commit is on; Kafka onJoinPrepare).
    /// - Returns: the partitions added and revoked by the new assignment; nil while the rebalance
    ///   is still running (the next call waits for it again).
    /// - Throws: `KafkaApiError` for fatal group errors, `ConnectionError` when the coordinator
    ///   cannot be reached.
    public func ensureActiveGroup(
        topics: [String], maxWait: Duration, beforeRevoke: @escaping @Sendable ([TopicPartition]) async -> Void
    ) async throws -> (added: [TopicPartition], revoked: [TopicPartition])? {
        if let error = self.pendingError {
            self.pendingError = nil
            throw error
        }
        let join: Task<JoinOutcome, Never>
        if let pending = self.pendingJoin {
            join = pending
        } else {
            join = Task {
                do {
                    return .success(try await self.rebalance(topics: topics, beforeRevoke: beforeRevoke))
                } catch {
                    return .failure(error)
                }
            }
            self.pendingJoin = join
        }
        guard let outcome = await Self.value(of: join, within: maxWait) else { return nil }
        if self.pendingJoin == join { self.pendingJoin = nil }
        return try outcome.get()
    }

    /// Whether a rebalance started by `ensureActiveGroup` is still running.
    public var rebalanceInProgress: Bool { self.pendingJoin != nil }

    /// `task`'s value, or nil when it did not finish within `limit` (it keeps running).
    static func value<T: Sendable>(of task: Task<T, Never>, within limit: Duration) async -> T? {
        let (first, continuation) = AsyncStream<T?>.makeStream()
        let waiter = Task { continuation.yield(await task.value) }
        let timer = Task {
            try? await Task.sleep(for: limit)
            continuation.yield(nil)
        }
        var iterator = first.makeAsyncIterator()
        let winner = await iterator.next() ?? nil
        continuation.finish()
        timer.cancel()
        _ = waiter  // keeps waiting for the task; its late yield is dropped after finish
        return winner
    }

    /// The join/sync loop: returns once the member has an assignment for the current generation.
    private func rebalance(
        topics: [String], beforeRevoke: @Sendable ([TopicPartition]) async -> Void
    ) async throws -> (added: [TopicPartition], revoked: [TopicPartition]) {
        var added: [TopicPartition] = []
        var revoked: [TopicPartition] = []
        var attempt = 0
        while self.needsRejoin {
            self.stopHeartbeat()
            let giveUp = self.membership.prepareJoin(rebalanceProtocol: self.rebalanceProtocol)
            if !giveUp.isEmpty {
                // A lost generation means the partitions are already someone else's: no commit.
                if self.membership.generationId >= 0 || self.rebalanceProtocol == .eager { await beforeRevoke(giveUp) }
                revoked += giveUp
            }
            self.joinedTopics = topics.sorted()
            let action: GroupMembership.Action
            do {
                action = try await self.joinAndSync(topics: self.joinedTopics)
            } catch let error as KafkaApiError where !error.isRetriable {
                throw error
            } catch {
                // Connection trouble: find the coordinator again and retry after a backoff.
                self.markCoordinatorUnknown()
                self.membership.requestRejoin()
                attempt += 1
                try await Task.sleep(for: self.cluster.config.backoff(attempt: attempt))
                continue
            }
            switch action {
            case .assigned(let newly, let gone, _):
                added += newly
                revoked += gone
                if !gone.isEmpty { await beforeRevoke(gone) }
                self.startHeartbeat()
            case .fail(let code):
                throw KafkaApiError(code: code, message: nil, context: "Group \(self.groupId)")
            case .findCoordinator:
                self.markCoordinatorUnknown()
            case .rejoin(let backoff):
                if backoff {
                    attempt += 1
                    try await Task.sleep(for: self.cluster.config.backoff(attempt: attempt))
                }
            case .none, .sync:
                break
            }
        }
        // A partition revoked and assigned again in the same call is simply kept.
        let addedSet = Set(added)
        let revokedSet = Set(revoked)
        return (
            added.filter { !revokedSet.contains($0) || self.membership.owned.contains($0) }.sorted(),
            revoked.filter { !addedSet.contains($0) || !self.membership.owned.contains($0) }.sorted()
        )
    }

    /// One JoinGroup and, when it succeeds, one SyncGroup.
    private func joinAndSync(topics: [String]) async throws -> GroupMembership.Action {
        let connection = try await self.coordinatorConnection()
        let joinVersion = try connection.version(of: JoinGroupRequest.self)
        let request = try self.joinRequest(topics: topics, version: joinVersion)
        // The coordinator holds JoinGroup until the rebalance completes, up to the rebalance timeout.
        let response = try await connection.send(
            request, version: joinVersion, timeout: self.groupConfig.maxPollInterval + .seconds(5))
        let action = self.membership.joinCompleted(
            error: ErrorCode(response.errorCode), memberId: response.memberId, generationId: response.generationId,
            protocolName: response.protocolName, leaderId: response.leader)
        guard case .sync(let isLeader) = action else { return action }
        var assignments: [SyncGroupRequest.SyncGroupRequestAssignment] = []
        if isLeader && !response.skipAssignment {
            assignments = try await self.leaderAssignments(
                protocolName: response.protocolName ?? "", members: response.members)
        }
        let syncVersion = try connection.version(of: SyncGroupRequest.self)
        var sync = SyncGroupRequest()
        sync.groupId = self.groupId
        sync.generationId = response.generationId
        sync.memberId = response.memberId
        sync.groupInstanceId = self.groupConfig.groupInstanceId
        sync.protocolType = ConsumerProtocol.protocolType
        sync.protocolName = response.protocolName
        sync.assignments = assignments
        let synced = try await connection.send(sync, version: syncVersion)
        let code = ErrorCode(synced.errorCode)
        let assignment = code.isError ? [] : try ConsumerProtocol.decodeAssignment(synced.assignment).partitions
        return self.membership.syncCompleted(error: code, assignment: assignment, rebalanceProtocol: self.rebalanceProtocol)
    }

    /// The JoinGroup request: one protocol per configured assignor, in preference order.
    func joinRequest(topics: [String], version: Int16) throws -> JoinGroupRequest {
        var request = JoinGroupRequest()
        request.groupId = self.groupId
        request.sessionTimeoutMs = self.groupConfig.sessionTimeout.int32Milliseconds
        request.rebalanceTimeoutMs = self.groupConfig.maxPollInterval.int32Milliseconds
        request.memberId = self.membership.memberId
        request.groupInstanceId = self.groupConfig.groupInstanceId
        request.protocolType = ConsumerProtocol.protocolType
        let owned = self.membership.owned
        let generation = self.membership.generationId
        request.protocols = try self.groupConfig.assignors.map { assignor in
            let userData =
                assignor is CooperativeStickyAssignor ? CooperativeStickyAssignor.userData(generation: generation) : nil
            let subscription = GroupSubscription(
                topics: topics, userData: userData, ownedPartitions: owned, generationId: generation,
                rackId: self.clientRack.flatMap { $0.isEmpty ? nil : $0 })
            return JoinGroupRequest.JoinGroupRequestProtocol(
                name: assignor.name, metadata: try ConsumerProtocol.encode(subscription))
        }
        return request
    }

    /// The leader runs the chosen assignor over every member's subscription.
    private func leaderAssignments(
        protocolName: String, members: [JoinGroupResponse.JoinGroupResponseMember]
    ) async throws -> [SyncGroupRequest.SyncGroupRequestAssignment] {
        guard let assignor = self.groupConfig.assignors.first(where: { $0.name == protocolName }) else {
            throw KafkaApiError(
                code: .inconsistentGroupProtocol, message: "Coordinator selected invalid assignment protocol: \(protocolName)",
                context: "Group \(self.groupId)")
        }
        var subscriptions: [String: MemberSubscription] = [:]
        for member in members {
            subscriptions[member.memberId] = MemberSubscription(
                try ConsumerProtocol.decodeSubscription(member.metadata), groupInstanceId: member.groupInstanceId)
        }
        let topics = Set(subscriptions.values.flatMap(\.subscription.topics)).sorted()
        let metadata: ClusterMetadata
        if topics.isEmpty {
            metadata = await self.cluster.metadata
        } else {
            metadata = try await self.cluster.refreshMetadata(topics: topics)
        }
        var partitionsPerTopic: [String: Int32] = [:]
        for topic in topics {
            if let known = metadata.topics[topic], !known.partitions.isEmpty {
                partitionsPerTopic[topic] = Int32(known.partitions.count)
            }
        }
        let assignment = assignor.assign(partitionsPerTopic: partitionsPerTopic, subscriptions: subscriptions)
        return try members.map { member in
            SyncGroupRequest.SyncGroupRequestAssignment(
                memberId: member.memberId,
                assignment: try ConsumerProtocol.encode(GroupAssignment(partitions: assignment[member.memberId] ?? [])))
        }
    }

    // MARK: heartbeat

    private func startHeartbeat() {
        self.stopHeartbeat()
        let interval = self.groupConfig.heartbeatInterval
        self.heartbeatTask = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { return }
                guard await self.heartbeatOnce() else { return }
            }
        }
    }

    private func stopHeartbeat() {
        self.heartbeatTask?.cancel()
        self.heartbeatTask = nil
    }

    /// One heartbeat; false when the loop should stop (rebalance needed, error, poll timeout).
    private func heartbeatOnce() async -> Bool {
        guard self.membership.state == .stable else { return false }
        if ContinuousClock.now - self.lastPoll > self.groupConfig.maxPollInterval {
            // Kafka's heartbeat thread leaves the group when the application stopped polling.
            await self.leave(reason: "consumer poll timeout has expired.")
            return false
        }
        do {
            let connection = try await self.coordinatorConnection()
            var request = HeartbeatRequest()
            request.groupId = self.groupId
            request.generationId = self.membership.generationId
            request.memberId = self.membership.memberId
            request.groupInstanceId = self.groupConfig.groupInstanceId
            let response = try await connection.send(request)
            switch self.membership.heartbeatCompleted(error: ErrorCode(response.errorCode)) {
            case .none: return true
            case .findCoordinator:
                self.markCoordinatorUnknown()
                return true
            case .fail(let code):
                self.pendingError = KafkaApiError(code: code, message: nil, context: "Heartbeat \(self.groupId)")
                return false
            case .rejoin(let backoff):
                return backoff
            default:
                return false
            }
        } catch {
            self.markCoordinatorUnknown()
            return true
        }
    }

    // MARK: offsets

    /// Commits offsets for the current generation (Kafka commitSync), retrying coordinator moves
    /// until the request timeout.
    /// - Throws: `KafkaApiError`: for UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION and
    ///   REBALANCE_IN_PROGRESS Kafka's CommitFailedException text; other per-partition codes as is.
    public func commit(_ offsets: [TopicPartition: Int64], metadata: String = "") async throws {
        guard !offsets.isEmpty else { return }
        let deadline = ContinuousClock.now + self.requestTimeout
        var attempt = 0
        while true {
            attempt += 1
            let code: ErrorCode
            do {
                let connection = try await self.coordinatorConnection()
                let version = try connection.version(of: OffsetCommitRequest.self, within: VersionRange(2, 8))
                let stable = self.membership.state == .stable
                let request = Self.offsetCommitRequest(
                    groupId: self.groupId, generationId: stable ? self.membership.generationId : -1,
                    memberId: stable ? self.membership.memberId : "",
                    groupInstanceId: stable ? self.groupConfig.groupInstanceId : nil, offsets: offsets,
                    metadata: metadata)
                let response = try await connection.send(request, version: version)
                code = Self.firstError(response)
            } catch let error as KafkaApiError {
                throw error
            } catch {
                self.markCoordinatorUnknown()
                if ContinuousClock.now >= deadline { throw error }
                try await Task.sleep(for: self.cluster.config.backoff(attempt: attempt))
                continue
            }
            switch code {
            case .none:
                return
            case .unknownMemberId, .illegalGeneration, .rebalanceInProgress:
                _ = self.membership.heartbeatCompleted(error: code)
                throw KafkaApiError(
                    code: code,
                    message:
                        "Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member.",
                    context: "OffsetCommit \(self.groupId)")
            case .notCoordinator, .coordinatorNotAvailable, .coordinatorLoadInProgress, .requestTimedOut:
                self.markCoordinatorUnknown()
                if ContinuousClock.now >= deadline {
                    throw KafkaApiError(code: code, message: nil, context: "OffsetCommit \(self.groupId)")
                }
                try await Task.sleep(for: self.cluster.config.backoff(attempt: attempt))
            default:
                throw KafkaApiError(code: code, message: nil, context: "OffsetCommit \(self.groupId)")
            }
        }
    }

    static func offsetCommitRequest(
        groupId: String, generationId: Int32, memberId: String, groupInstanceId: String?,
        offsets: [TopicPartition: Int64], metadata: String
    ) -> OffsetCommitRequest {
        var request = OffsetCommitRequest()
        request.groupId = groupId
        request.generationIdOrMemberEpoch = generationId
        request.memberId = memberId
        request.groupInstanceId = groupInstanceId
        request.retentionTimeMs = -1
        request.topics = Dictionary(grouping: offsets.keys, by: \.topic).sorted { $0.key < $1.key }.map { topic, parts in
            OffsetCommitRequest.OffsetCommitRequestTopic(
                name: topic,
                partitions: parts.sorted().map {
                    OffsetCommitRequest.OffsetCommitRequestPartition(
                        partitionIndex: $0.partition, committedOffset: offsets[$0] ?? 0, committedLeaderEpoch: -1,
                        commitTimestamp: -1, committedMetadata: metadata)
                })
        }
        return request
    }

    static func firstError(_ response: OffsetCommitResponse) -> ErrorCode {
        for topic in response.topics {
            for partition in topic.partitions where partition.errorCode != 0 { return ErrorCode(partition.errorCode) }
        }
        return .none
    }

    /// The committed offsets of `partitions` (those with none are left out), asking for stable
    /// offsets so pending transactional commits are waited for (KIP-447).
    public func committed(_ partitions: [TopicPartition]) async throws -> [TopicPartition: Int64] {
        guard !partitions.isEmpty else { return [:] }
        let deadline = ContinuousClock.now + self.requestTimeout
        var attempt = 0
        while true {
            attempt += 1
            do {
                let connection = try await self.coordinatorConnection()
                let version = try connection.version(of: OffsetFetchRequest.self, within: VersionRange(1, 8))
                let response = try await connection.send(
                    OffsetFetchCodec.request(groupId: self.groupId, partitions: partitions, version: version),
                    version: version)
                return try OffsetFetchCodec.offsets(of: response, groupId: self.groupId, version: version)
                    .compactMapValues { $0 >= 0 ? $0 : nil }
            } catch let error as KafkaApiError where !error.isRetriable {
                throw error
            } catch {
                // Retriable: after NOT_COORDINATOR or a lost connection the coordinator is looked up again.
                let code = (error as? KafkaApiError)?.code
                if code == nil || code == .notCoordinator || code == .coordinatorNotAvailable {
                    self.markCoordinatorUnknown()
                }
                if ContinuousClock.now >= deadline { throw error }
                try await Task.sleep(for: self.cluster.config.backoff(attempt: attempt))
            }
        }
    }

    // MARK: leaving

    /// Leaves the group (LeaveGroup), giving up the partitions; static members do not send
    /// LeaveGroup, so a restart within the session timeout keeps their assignment (KIP-345).
    public func leave(reason: String = "the consumer is being closed") async {
        self.pendingJoin?.cancel()
        self.pendingJoin = nil
        self.stopHeartbeat()
        let memberId = self.membership.memberId
        _ = self.membership.left()
        guard !memberId.isEmpty, self.groupConfig.groupInstanceId == nil,
            let connection = try? await self.coordinatorConnection()
        else { return }
        var request = LeaveGroupRequest()
        request.groupId = self.groupId
        guard let version = try? connection.version(of: LeaveGroupRequest.self) else { return }
        if version >= 3 {
            request.members = [LeaveGroupRequest.MemberIdentity(memberId: memberId, groupInstanceId: nil, reason: reason)]
        } else {
            request.memberId = memberId
        }
        _ = try? await connection.send(request, version: version)
    }
}
