import KafkaProtocol
import KafkaStorage
import NIOCore

/// The group coordinator (Kafka GroupCoordinatorService / GroupCoordinatorShard): owns the
/// `GroupCoordinatorState`, the JoinGroup and SyncGroup requests waiting on it, its timers, and
/// the `__consumer_offsets` partitions its groups live in.
///
/// Every change is written to the group's `__consumer_offsets` partition (acks=all, through the
/// `ReplicaManager`) before it is visible or answered; on start-up, and the first time a
/// partition is needed, the partition's log is replayed. Offsets expire every
/// `offsets.retention.check.interval.ms` with tombstones.
public actor GroupCoordinator {
    public let settings: GroupCoordinatorSettings
    private let replicaManager: ReplicaManager
    private let clock: GroupCoordinatorClock
    private let log: @Sendable (String) -> Void
    private var state: GroupCoordinatorState
    private var joins: [GroupRequestToken: CheckedContinuation<JoinGroupResult, Never>] = [:]
    private var syncs: [GroupRequestToken: CheckedContinuation<SyncGroupResult, Never>] = [:]
    private var nextToken: GroupRequestToken = 0
    private var timer: Task<Void, Never>?
    private var timerDeadlineMs: Int64?
    private var retentionTask: Task<Void, Never>?
    /// `__consumer_offsets` partitions replayed into `state`.
    private var loadedPartitions: Set<Int32> = []
    private var isShutDown = false

    static let topic = InternalTopics.groupMetadata

    /// - Parameters:
    ///   - newMemberSuffix: the random part of member ids; tests make it predictable.
    public init(
        replicaManager: ReplicaManager, settings: GroupCoordinatorSettings, clock: GroupCoordinatorClock = .system,
        log: @escaping @Sendable (String) -> Void = { _ in },
        newMemberSuffix: (@Sendable () -> String)? = nil
    ) {
        self.replicaManager = replicaManager
        self.settings = settings
        self.clock = clock
        self.log = log
        if let newMemberSuffix {
            self.state = GroupCoordinatorState(settings: settings, newMemberSuffix: newMemberSuffix)
        } else {
            self.state = GroupCoordinatorState(settings: settings)
        }
    }

    // MARK: Lifecycle

    /// Loads every `__consumer_offsets` partition this node leads and starts offset expiry.
    public func startup() {
        if let topic = self.replicaManager.context.publisher.current.topic(named: Self.topic) {
            for partition in topic.partitions.keys.sorted() { _ = self.ensureLoaded(partition) }
        }
        let interval = self.settings.offsetsRetentionCheckIntervalMs
        let clock = self.clock
        self.retentionTask = Task { [weak self] in
            while !Task.isCancelled {
                do { try await clock.sleep(.milliseconds(interval)) } catch { return }
                await self?.cleanupExpiredOffsets()
            }
        }
    }

    /// Stops the timers; waiting requests are answered NOT_COORDINATOR so clients look again.
    public func shutdown() {
        self.isShutDown = true
        self.timer?.cancel()
        self.retentionTask?.cancel()
        for (_, continuation) in self.joins { continuation.resume(returning: JoinGroupResult(error: .notCoordinator, memberId: "")) }
        for (_, continuation) in self.syncs { continuation.resume(returning: SyncGroupResult(error: .notCoordinator)) }
        self.joins = [:]
        self.syncs = [:]
    }

    // MARK: Coordinator lookup

    /// The `__consumer_offsets` partition of a group.
    public nonisolated func partition(for groupId: String) -> Int32 {
        GroupPartitioner.partition(for: groupId, partitions: self.currentPartitionCount)
    }

    /// The partition count of the topic if it exists (it may have been created with another
    /// setting), otherwise `offsets.topic.num.partitions`.
    private nonisolated var currentPartitionCount: Int32 {
        if let topic = self.replicaManager.context.publisher.current.topic(named: Self.topic), !topic.partitions.isEmpty {
            return Int32(topic.partitions.count)
        }
        return self.settings.offsetsTopicPartitions
    }

    /// Creates `__consumer_offsets` if it does not exist (Kafka creates it on the first
    /// FindCoordinator for a group).
    /// - Returns: an error while the topic cannot be created (too few brokers for its replication
    ///   factor, say): COORDINATOR_NOT_AVAILABLE, which clients retry.
    public func ensureTopic() async -> ErrorCode {
        let context = self.replicaManager.context
        if context.publisher.current.topic(named: Self.topic) != nil { return .none }
        do {
            let results = try await context.controller.createTopics(
                [InternalTopics.creationSpec(Self.topic, config: context.config)], validateOnly: false)
            if let result = results.first, result.error != .none, result.error != .topicAlreadyExists {
                self.log("cannot create \(Self.topic): \(result.error.name) \(result.message ?? "")")
                return .coordinatorNotAvailable
            }
        } catch {
            self.log("cannot create \(Self.topic): \(error)")
            return .coordinatorNotAvailable
        }
        return .none
    }

    /// The error for a request about `groupId` when this node cannot serve it: NOT_COORDINATOR
    /// when another node leads the group's partition, COORDINATOR_NOT_AVAILABLE when nobody does
    /// or the topic does not exist; nil when the partition is led here and loaded.
    func coordinatorError(for groupId: String) -> ErrorCode? {
        if self.isShutDown { return .notCoordinator }
        let image = self.replicaManager.context.publisher.current
        guard let topic = image.topic(named: Self.topic) else { return .coordinatorNotAvailable }
        let partition = GroupPartitioner.partition(for: groupId, partitions: Int32(topic.partitions.count))
        guard let leader = topic.partitions[partition]?.leader, leader >= 0 else { return .coordinatorNotAvailable }
        guard leader == self.replicaManager.context.nodeId else { return .notCoordinator }
        return self.ensureLoaded(partition) ? nil : .coordinatorLoadInProgress
    }

    /// Replays a partition the first time it is needed (Kafka `loadGroupsAndOffsets`).
    /// - Returns: whether the partition is loaded.
    private func ensureLoaded(_ partition: Int32) -> Bool {
        if self.loadedPartitions.contains(partition) { return true }
        let topicPartition = TopicPartition(topic: Self.topic, partition: partition)
        guard let hosted = try? self.replicaManager.leaderPartition(topicPartition) else { return false }
        let nowMs = self.clock.nowMs()
        do {
            let log = hosted.log
            var offset = log.logStartOffset
            let end = log.logEndOffset
            var loaded = 0
            while offset < end {
                let bytes = try log.readBytes(from: offset, maxBytes: 1 << 20)
                var batches = MemoryRecords(bytes).batches()
                var advanced = false
                while let batch = try batches.next() {
                    guard case .magic2(let batch) = batch else { continue }
                    offset = batch.nextOffset
                    advanced = true
                    // Transactional offset commits belong to the transaction coordinator's markers,
                    // which this broker does not write yet; control batches carry no group data.
                    if batch.isControlBatch || batch.isTransactional { continue }
                    var records = try batch.records()
                    while let record = try records.next() {
                        guard let key = record.key else { continue }
                        do {
                            if let entry = try GroupMetadataRecords.decode(key: key, value: record.value) {
                                self.state.replay(entry, nowMs: nowMs)
                                loaded += 1
                            }
                        } catch {
                            self.log("skipping an undecodable record at offset \(record.offset) of \(topicPartition): \(error)")
                        }
                    }
                }
                if !advanced { break }
            }
            self.loadedPartitions.insert(partition)
            if loaded > 0 { self.log("Finished loading \(loaded) records of \(topicPartition)") }
            self.rescheduleTimer()
            return true
        } catch {
            self.log("cannot load \(topicPartition): \(error)")
            return false
        }
    }

    // MARK: Membership

    /// JoinGroup: waits until the join phase ends when the member must wait.
    public func join(_ request: JoinGroupParameters) async -> JoinGroupResult {
        if let error = self.coordinatorError(for: request.groupId) {
            return JoinGroupResult(error: error, memberId: request.memberId)
        }
        let token = self.makeToken()
        return await withCheckedContinuation { continuation in
            self.joins[token] = continuation
            self.perform(self.state.join(request, token: token, nowMs: self.clock.nowMs()))
        }
    }

    /// SyncGroup: waits for the leader's assignment when the group is completing a rebalance.
    public func sync(
        groupId: String, generationId: Int32, memberId: String, groupInstanceId: String?, protocolType: String?,
        protocolName: String?, assignments: [String: ByteBuffer]
    ) async -> SyncGroupResult {
        if let error = self.coordinatorError(for: groupId) { return SyncGroupResult(error: error) }
        let token = self.makeToken()
        return await withCheckedContinuation { continuation in
            self.syncs[token] = continuation
            self.perform(
                self.state.sync(
                    groupId: groupId, generationId: generationId, memberId: memberId, groupInstanceId: groupInstanceId,
                    protocolType: protocolType, protocolName: protocolName, assignments: assignments, token: token,
                    nowMs: self.clock.nowMs()))
        }
    }

    public func heartbeat(groupId: String, generationId: Int32, memberId: String, groupInstanceId: String?) -> ErrorCode {
        if let error = self.coordinatorError(for: groupId) { return error }
        let error = self.state.heartbeat(
            groupId: groupId, generationId: generationId, memberId: memberId, groupInstanceId: groupInstanceId,
            nowMs: self.clock.nowMs())
        self.rescheduleTimer()
        return error
    }

    /// LeaveGroup for a batch of members (v3+) or one (v0-2).
    /// - Returns: the group-level error and each member's, in order.
    public func leave(groupId: String, members: [(memberId: String, groupInstanceId: String?)]) -> (ErrorCode, [ErrorCode]) {
        if let error = self.coordinatorError(for: groupId) { return (error, []) }
        let result = self.state.leave(
            groupId: groupId, members: members.map { .init(memberId: $0.memberId, groupInstanceId: $0.groupInstanceId) },
            nowMs: self.clock.nowMs())
        self.perform(result.actions)
        return (result.error, result.memberErrors)
    }

    // MARK: Offsets

    /// OffsetCommit: validates against the group, writes the commits, then makes them visible.
    /// The commit timestamps of `offsets` are replaced by the coordinator's clock.
    /// - Returns: the error for every partition, or per-partition errors (metadata too large).
    public func commitOffsets(
        groupId: String, memberId: String, groupInstanceId: String?, generationId: Int32, version: Int16,
        retentionTimeMs: Int64 = -1, offsets: [TopicPartition: CommittedOffset]
    ) -> [TopicPartition: ErrorCode] {
        func all(_ error: ErrorCode) -> [TopicPartition: ErrorCode] { offsets.mapValues { _ in error } }
        if let error = self.coordinatorError(for: groupId) { return all(error) }
        if let error = self.state.validateOffsetCommit(
            groupId: groupId, memberId: memberId, groupInstanceId: groupInstanceId, generationId: generationId,
            version: version)
        {
            return all(error)
        }
        var errors: [TopicPartition: ErrorCode] = [:]
        var accepted: [TopicPartition: CommittedOffset] = [:]
        let nowMs = self.clock.nowMs()
        for (partition, var offset) in offsets {
            // The commit time is the coordinator's; v2-4 may ask for an explicit retention.
            offset.commitTimestampMs = nowMs
            offset.expireTimestampMs = retentionTimeMs >= 0 ? nowMs + retentionTimeMs : nil
            if offset.metadata.utf8.count > self.settings.offsetMetadataMaxBytes {
                errors[partition] = .offsetMetadataTooLarge
            } else {
                accepted[partition] = offset
            }
        }
        guard !accepted.isEmpty else { return errors }
        do {
            let records = try accepted.sorted { $0.key < $1.key }.map {
                (try GroupMetadataRecords.offsetCommitKey(groupId: groupId, $0.key), try GroupMetadataRecords.offsetCommitValue($0.value) as ByteBuffer?)
            }
            let error = self.write(records, groupId: groupId)
            if error == .none {
                self.state.applyOffsetCommit(groupId: groupId, memberId: memberId, offsets: accepted, nowMs: self.clock.nowMs())
                self.rescheduleTimer()
            }
            // Kafka answers a commit too large for the log with INVALID_COMMIT_OFFSET_SIZE.
            let mapped: ErrorCode = error == .unknownServerError && self.lastWriteTooLarge ? .invalidCommitOffsetSize : error
            for partition in accepted.keys { errors[partition] = mapped }
        } catch {
            self.log("cannot encode offset commits of group \(groupId): \(error)")
            for partition in accepted.keys { errors[partition] = .unknownServerError }
        }
        return errors
    }

    /// OffsetFetch for one group: nil partitions means every committed offset.
    public func fetchOffsets(groupId: String, partitions: [TopicPartition]?) -> (ErrorCode, [TopicPartition: CommittedOffset]) {
        if let error = self.coordinatorError(for: groupId) { return (error, [:]) }
        return (.none, self.state.committedOffsets(groupId: groupId, partitions: partitions))
    }

    /// OffsetDelete: tombstones for the offsets of topics the group no longer consumes.
    public func deleteOffsets(groupId: String, partitions: [TopicPartition]) -> (ErrorCode, [TopicPartition: ErrorCode]) {
        if let error = self.coordinatorError(for: groupId) { return (error, [:]) }
        let (groupError, errors) = self.state.validateOffsetDelete(groupId: groupId, partitions: partitions)
        if let groupError { return (groupError, [:]) }
        let committed = self.state.committedOffsets(groupId: groupId, partitions: nil)
        let deletable = errors.filter { $0.value == .none && committed[$0.key] != nil }.keys.sorted()
        guard !deletable.isEmpty else { return (.none, errors) }
        do {
            let records = try deletable.map { (try GroupMetadataRecords.offsetCommitKey(groupId: groupId, $0), ByteBuffer?.none) }
            let error = self.write(records, groupId: groupId)
            guard error == .none else { return (error, [:]) }
            self.state.applyOffsetDelete(groupId: groupId, partitions: deletable)
        } catch {
            return (.unknownServerError, [:])
        }
        return (.none, errors)
    }

    // MARK: Administration

    /// A group as ListGroups reports it.
    public struct ListedGroup: Sendable, Hashable {
        public var groupId: String
        public var protocolType: String
        public var state: GroupState
    }

    /// Every group of every loaded partition, optionally only those in `states`.
    public func listGroups(states: Set<GroupState>) -> [ListedGroup] {
        if self.isShutDown { return [] }
        if let topic = self.replicaManager.context.publisher.current.topic(named: Self.topic) {
            for partition in topic.partitions.keys { _ = self.ensureLoaded(partition) }
        }
        return self.state.groups.values
            .filter { $0.state != .dead && (states.isEmpty || states.contains($0.state)) }
            .map { ListedGroup(groupId: $0.groupId, protocolType: $0.protocolType ?? "", state: $0.state) }
            .sorted { $0.groupId < $1.groupId }
    }

    /// A group as DescribeGroups reports it.
    public struct DescribedGroup: Sendable {
        public struct Member: Sendable {
            public var memberId: String
            public var groupInstanceId: String?
            public var clientId: String
            public var clientHost: String
            public var metadata: ByteBuffer
            public var assignment: ByteBuffer
        }
        public var error: ErrorCode
        public var groupId: String
        public var state: GroupState
        public var protocolType: String
        public var protocolData: String
        public var members: [Member]
    }

    /// Kafka `describeGroups`: an unknown group is reported Dead without error; members carry
    /// their metadata and assignment only when the group is Stable.
    public func describeGroup(_ groupId: String) -> DescribedGroup {
        var described = DescribedGroup(error: .none, groupId: groupId, state: .dead, protocolType: "", protocolData: "", members: [])
        if let error = self.coordinatorError(for: groupId) {
            described.error = error
            return described
        }
        guard let group = self.state.group(groupId) else { return described }
        described.state = group.state
        described.protocolType = group.protocolType ?? ""
        let stable = group.state == .stable
        described.protocolData = stable ? group.protocolName ?? "" : ""
        described.members = group.allMembers.map { member in
            DescribedGroup.Member(
                memberId: member.memberId, groupInstanceId: member.groupInstanceId, clientId: member.clientId,
                clientHost: member.clientHost,
                metadata: stable ? group.protocolName.flatMap { member.metadata(for: $0) } ?? ByteBuffer() : ByteBuffer(),
                assignment: stable ? member.assignment : ByteBuffer())
        }
        return described
    }

    /// DeleteGroups for one group: tombstones for its offsets and its metadata.
    public func deleteGroup(_ groupId: String) -> ErrorCode {
        if let error = self.coordinatorError(for: groupId) { return error }
        if let error = self.state.validateDeleteGroup(groupId) { return error }
        let error = self.writeGroupTombstones(groupId, partitions: self.state.committedOffsets(groupId: groupId, partitions: nil).keys.sorted())
        if error == .none { self.state.applyDeleteGroup(groupId) }
        return error
    }

    /// Expires offsets and empty groups (Kafka `cleanupGroupMetadata`).
    /// - Returns: how many offsets were removed.
    @discardableResult
    public func cleanupExpiredOffsets() -> Int {
        var removed = 0
        for (groupId, partitions, deleteGroup) in self.state.expiredOffsets(nowMs: self.clock.nowMs()) {
            if deleteGroup {
                guard self.writeGroupTombstones(groupId, partitions: partitions) == .none else { continue }
                self.state.applyDeleteGroup(groupId)
            } else {
                do {
                    let records = try partitions.map { (try GroupMetadataRecords.offsetCommitKey(groupId: groupId, $0), ByteBuffer?.none) }
                    guard self.write(records, groupId: groupId) == .none else { continue }
                    self.state.applyOffsetDelete(groupId: groupId, partitions: partitions)
                } catch {
                    continue
                }
            }
            removed += partitions.count
        }
        if removed > 0 { self.log("Removed \(removed) expired offsets") }
        return removed
    }

    private func writeGroupTombstones(_ groupId: String, partitions: [TopicPartition]) -> ErrorCode {
        do {
            var records = try partitions.map { (try GroupMetadataRecords.offsetCommitKey(groupId: groupId, $0), ByteBuffer?.none) }
            records.append((try GroupMetadataRecords.groupMetadataKey(groupId: groupId), nil))
            return self.write(records, groupId: groupId)
        } catch {
            return .unknownServerError
        }
    }

    // MARK: Actions, timers and writes

    private func makeToken() -> GroupRequestToken {
        self.nextToken += 1
        return self.nextToken
    }

    private func perform(_ actions: [GroupAction]) {
        for action in actions {
            switch action {
            case .completeJoin(let token, let result):
                self.joins.removeValue(forKey: token)?.resume(returning: result)
            case .completeSync(let token, let result):
                self.syncs.removeValue(forKey: token)?.resume(returning: result)
            case .storeGroup(let groupId, let generationId, let completesAssignment):
                let error = self.storeGroup(groupId)
                if completesAssignment {
                    self.perform(
                        self.state.assignmentStored(groupId: groupId, generationId: generationId, error: error, nowMs: self.clock.nowMs()))
                }
            }
        }
        self.rescheduleTimer()
    }

    /// Writes the group's metadata record; the error is Kafka's mapping for group writes.
    private func storeGroup(_ groupId: String) -> ErrorCode {
        guard let group = self.state.group(groupId) else { return .none }
        do {
            let record = (try GroupMetadataRecords.groupMetadataKey(groupId: groupId), try GroupMetadataRecords.groupMetadataValue(group) as ByteBuffer?)
            return self.write([record], groupId: groupId)
        } catch {
            self.log("cannot encode the metadata of group \(groupId): \(error)")
            return .unknownServerError
        }
    }

    private var lastWriteTooLarge = false

    /// Appends records to the group's partition with acks=all, as one batch.
    /// - Returns: Kafka's mapping of append errors for coordinator writes (GroupMetadataManager
    ///   `appendForGroup`): no partition or too few replicas → COORDINATOR_NOT_AVAILABLE, not
    ///   the leader or a storage failure → NOT_COORDINATOR, anything else UNKNOWN_SERVER_ERROR.
    private func write(_ records: [(key: ByteBuffer, value: ByteBuffer?)], groupId: String) -> ErrorCode {
        self.lastWriteTooLarge = false
        let topicPartition = TopicPartition(topic: Self.topic, partition: self.partition(for: groupId))
        let nowMs = self.clock.nowMs()
        do {
            var builder = RecordBatchBuilder()
            for record in records {
                try builder.append(timestamp: nowMs, key: record.key, value: record.value)
            }
            _ = try self.replicaManager.appendRecords(try builder.build(), to: topicPartition, requiredAcks: -1, origin: .coordinator)
            return .none
        } catch {
            let code = ErrorCode.forError(error)
            self.log("cannot write group \(groupId) to \(topicPartition): \(error)")
            switch code {
            case .unknownTopicOrPartition, .notEnoughReplicas, .notEnoughReplicasAfterAppend:
                return .coordinatorNotAvailable
            case .notLeaderOrFollower, .kafkaStorageError:
                return .notCoordinator
            case .messageTooLarge, .recordListTooLarge, .invalidFetchSize:
                self.lastWriteTooLarge = true
                return .unknownServerError
            default:
                return .unknownServerError
            }
        }
    }

    /// Arms the timer for the state machine's next deadline, if it is earlier than the armed one.
    private func rescheduleTimer() {
        guard !self.isShutDown, let deadline = self.state.nextDeadlineMs else { return }
        if self.timer != nil, let armed = self.timerDeadlineMs, armed <= deadline { return }
        self.timer?.cancel()
        self.timerDeadlineMs = deadline
        let delay = max(0, deadline - self.clock.nowMs())
        let clock = self.clock
        self.timer = Task { [weak self] in
            do { try await clock.sleep(.milliseconds(delay)) } catch { return }
            await self?.fireTimer()
        }
    }

    private func fireTimer() {
        self.timer = nil
        self.timerDeadlineMs = nil
        guard !self.isShutDown else { return }
        self.perform(self.state.expire(nowMs: self.clock.nowMs()))
    }
}
