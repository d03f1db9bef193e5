import KafkaProtocol
import NIOCore
import NIOPosix

/// A consumer of manually assigned partitions (`assign`) or, with `group.id`, of the partitions
/// its group hands it (`subscribe`; see KafkaConsumer+Group.swift) (Kafka KafkaConsumer).
///
/// `poll` hands out records in offset order per partition. Fetches are pipelined: one Fetch is
/// kept in flight per leader broker for the assigned partitions that have nothing buffered, and
/// a new one goes out as soon as a partition's buffer is drained, so the next records are on
/// their way while the caller processes the last ones (Kafka Fetcher). Leader changes and
/// connection losses refresh the metadata and fetching resumes at the same position.
public actor KafkaConsumer {
    public let config: ConsumerConfig
    public let cluster: KafkaCluster

    /// What to seek to.
    public enum SeekTarget: Sendable, Equatable {
        /// The log start offset (ListOffsets timestamp -2).
        case beginning
        /// The log end offset, or the last stable offset with read_committed (timestamp -1).
        case end
        /// An exact offset.
        case offset(Int64)
        /// The first offset whose timestamp is at or after this time (ms since the epoch); the
        /// end when there is none.
        case timestamp(Int64)
    }

    var assigned: [TopicPartition] = []
    /// Next offset to fetch per partition; missing means the position must be reset.
    var fetchPositions: [TopicPartition: Int64] = [:]
    /// Bumped on every seek, so a fetch answered after it is dropped.
    private var partitionEpochs: [TopicPartition: Int] = [:]
    var buffered: [TopicPartition: ArraySlice<ConsumerRecord>] = [:]
    private var fetchesInFlight: Set<Int32> = []
    private var leaders: [TopicPartition: (leader: Int32, epoch: Int32)] = [:]
    private var topicIds: [String: Uuid] = [:]
    private var pendingError: Error?
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiterId = 0
    private var roundRobinStart = 0
    private var retryTask: Task<Void, Never>?
    /// After a fetch failed, leaders are looked up again no sooner than this (`retry.backoff.ms`).
    private var refreshNotBefore: ContinuousClock.Instant?
    private var closed = false
    /// The group side when `group.id` is set.
    public let coordinator: ConsumerCoordinator?
    /// What `subscribe` asked for.
    var subscription = Subscription.none
    /// When auto commit next commits the positions.
    var nextAutoCommit = ContinuousClock.now
    /// When the subscription's metadata is next checked for new matching topics or partitions.
    var nextPatternCheck = ContinuousClock.now + .seconds(1)
    /// Partition counts of the subscribed topics when the group was last joined.
    var partitionCountsAtJoin: [String: Int] = [:]

    public init(config: ConsumerConfig, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.config = config
        let cluster = KafkaCluster(config: config.cluster, eventLoopGroup: eventLoopGroup)
        self.cluster = cluster
        self.coordinator = config.group.map {
            ConsumerCoordinator(config: $0, cluster: cluster, clientRack: config.clientRack)
        }
    }

    /// Creates a consumer from Java-style properties (see `ConsumerConfig.init(properties:warn:)`).
    public init(properties: [String: String], warn: (String) -> Void = { _ in }) throws {
        self.init(config: try ConsumerConfig(properties: properties, warn: warn))
    }

    // MARK: assignment and positions

    /// Replaces the assignment. Partitions kept keep their positions; new ones start according
    /// to `auto.offset.reset` unless `seek` is called.
    public func assign(_ partitions: [TopicPartition]) {
        let keep = Set(partitions)
        self.assigned = Array(Set(partitions)).sorted()
        for topicPartition in self.fetchPositions.keys where !keep.contains(topicPartition) {
            self.fetchPositions[topicPartition] = nil
            self.buffered[topicPartition] = nil
            self.partitionEpochs[topicPartition, default: 0] += 1
        }
    }

    /// The assigned partitions.
    public var assignment: [TopicPartition] { self.assigned }

    /// Moves a partition's position; the next `poll` returns records from there.
    /// - Throws: `KafkaApiError` or `ConnectionError` when the offsets cannot be listed.
    public func seek(_ topicPartition: TopicPartition, to target: SeekTarget) async throws {
        let offset: Int64
        switch target {
        case .offset(let value): offset = value
        case .beginning: offset = try await self.listOffsets([topicPartition], timestamp: -2)[topicPartition] ?? 0
        case .end: offset = try await self.listOffsets([topicPartition], timestamp: -1)[topicPartition] ?? 0
        case .timestamp(let time):
            let found = try await self.listOffsets([topicPartition], timestamp: time)[topicPartition] ?? -1
            offset =
                found >= 0 ? found : try await self.listOffsets([topicPartition], timestamp: -1)[topicPartition] ?? 0
        }
        self.setPosition(topicPartition, offset)
    }

    /// Seeks every listed partition to its beginning.
    public func seekToBeginning(_ partitions: [TopicPartition]) async throws {
        for (topicPartition, offset) in try await self.listOffsets(partitions, timestamp: -2) {
            self.setPosition(topicPartition, offset)
        }
    }

    /// Seeks every listed partition to its end.
    public func seekToEnd(_ partitions: [TopicPartition]) async throws {
        for (topicPartition, offset) in try await self.listOffsets(partitions, timestamp: -1) {
            self.setPosition(topicPartition, offset)
        }
    }

    func setPosition(_ topicPartition: TopicPartition, _ offset: Int64) {
        self.fetchPositions[topicPartition] = offset
        self.buffered[topicPartition] = nil
        self.partitionEpochs[topicPartition, default: 0] += 1
    }

    /// The offset of the next record `poll` will return for the partition, resetting the
    /// position first if it has none.
    public func position(_ topicPartition: TopicPartition) async throws -> Int64 {
        if let next = self.buffered[topicPartition]?.first { return next.offset }
        if let position = self.fetchPositions[topicPartition] { return position }
        try await self.resetPositions([topicPartition])
        return self.fetchPositions[topicPartition] ?? 0
    }

    /// The log start offsets of the partitions (Kafka beginningOffsets).
    public func beginningOffsets(_ partitions: [TopicPartition]) async throws -> [TopicPartition: Int64] {
        try await self.listOffsets(partitions, timestamp: -2)
    }

    /// The end offsets of the partitions (log end, or last stable offset with read_committed).
    public func endOffsets(_ partitions: [TopicPartition]) async throws -> [TopicPartition: Int64] {
        try await self.listOffsets(partitions, timestamp: -1)
    }

    /// The first offset at or after `timestamp` for each partition (-1 when there is none).
    public func offsetsForTimes(_ partitions: [TopicPartition], timestamp: Int64) async throws -> [TopicPartition:
        Int64]
    {
        try await self.listOffsets(partitions, timestamp: timestamp)
    }

    /// ListOffsets to each partition's leader, retrying leader errors until `request.timeout.ms`.
    private func listOffsets(_ partitions: [TopicPartition], timestamp: Int64) async throws -> [TopicPartition: Int64] {
        var result: [TopicPartition: Int64] = [:]
        var remaining = partitions
        let deadline = ContinuousClock.now + self.config.cluster.requestTimeout
        var attempt = 0
        while !remaining.isEmpty {
            attempt += 1
            let metadata = try await self.cluster.metadata(
                for: Array(Set(remaining.map(\.topic))), maxWait: self.config.cluster.requestTimeout)
            var byLeader: [Int32: [TopicPartition]] = [:]
            var lastError: Error?
            for topicPartition in remaining {
                guard let leader = metadata.partition(topicPartition)?.leaderId else {
                    lastError = KafkaApiError(
                        code: .leaderNotAvailable, message: nil, context: "ListOffsets \(topicPartition)")
                    continue
                }
                byLeader[leader, default: []].append(topicPartition)
            }
            var retry: [TopicPartition] = remaining.filter { metadata.partition($0)?.leaderId == nil }
            for (leader, group) in byLeader {
                do {
                    let connection = try await self.cluster.connection(to: leader)
                    let version = try connection.version(of: ListOffsetsRequest.self, within: VersionRange(1, 10))
                    var request = ListOffsetsRequest()
                    request.replicaId = -1
                    request.isolationLevel = self.config.isolationLevel.rawValue
                    request.timeoutMs = self.config.cluster.requestTimeout.int32Milliseconds
                    request.topics = Dictionary(grouping: group, by: \.topic).sorted { $0.key < $1.key }.map {
                        topic, parts in
                        ListOffsetsRequest.ListOffsetsTopic(
                            name: topic,
                            partitions: parts.map {
                                ListOffsetsRequest.ListOffsetsPartition(
                                    partitionIndex: $0.partition,
                                    currentLeaderEpoch: metadata.partition($0)?.leaderEpoch ?? -1, timestamp: timestamp)
                            })
                    }
                    let response = try await connection.send(request, version: version)
                    var answered = Set<TopicPartition>()
                    for topic in response.topics {
                        for partition in topic.partitions {
                            let key = TopicPartition(topic: topic.name, partition: partition.partitionIndex)
                            // An answer for a partition not asked about is ignored (librdkafka 2.0's
                            // mock garbles all but the first partition of a v4+ request); the ones
                            // left unanswered are asked again.
                            guard group.contains(key), !answered.contains(key) else { continue }
                            answered.insert(key)
                            let code = ErrorCode(partition.errorCode)
                            if !code.isError {
                                result[key] = partition.offset
                            } else if code.isRetriable {
                                retry.append(key)
                                lastError = KafkaApiError(code: code, message: nil, context: "ListOffsets \(key)")
                            } else {
                                throw KafkaApiError(code: code, message: nil, context: "ListOffsets \(key)")
                            }
                        }
                    }
                    retry += group.filter { !answered.contains($0) }
                } catch let error as KafkaApiError where !error.isRetriable {
                    throw error
                } catch {
                    lastError = error
                    retry += group
                }
            }
            remaining = retry
            if remaining.isEmpty { break }
            await self.cluster.invalidateMetadata()
            if ContinuousClock.now >= deadline {
                throw lastError ?? KafkaApiError(code: .requestTimedOut, message: nil, context: "ListOffsets")
            }
            try await Task.sleep(for: self.config.cluster.backoff(attempt: attempt))
        }
        return result
    }

    /// Gives partitions without a position one from `auto.offset.reset`.
    private func resetPositions(_ partitions: [TopicPartition]) async throws {
        let missing = partitions.filter { self.fetchPositions[$0] == nil }
        guard !missing.isEmpty else { return }
        let timestamp: Int64
        switch self.config.autoOffsetReset {
        case .earliest: timestamp = -2
        case .latest: timestamp = -1
        case .none:
            throw KafkaApiError(
                code: .offsetOutOfRange, message: "Undefined offset with no reset policy for partitions: \(missing)",
                context: "auto.offset.reset=none")
        }
        let epochs = missing.map { self.partitionEpochs[$0, default: 0] }
        let offsets = try await self.listOffsets(missing, timestamp: timestamp)
        for (index, topicPartition) in missing.enumerated()
        where self.partitionEpochs[topicPartition, default: 0] == epochs[index] {
            if self.fetchPositions[topicPartition] == nil, let offset = offsets[topicPartition] {
                self.fetchPositions[topicPartition] = offset
            }
        }
    }

    // MARK: polling

    /// Returns the next records, up to `max.poll.records`, waiting up to `timeout` for some.
    /// - Returns: possibly empty when nothing arrived in time.
    /// - Throws: a fetch error that cannot be retried (`KafkaApiError`: OFFSET_OUT_OF_RANGE with
    ///   `auto.offset.reset=none`, authorization errors, corrupt records, ...), once.
    public func poll(timeout: Duration) async throws -> [ConsumerRecord] {
        guard !self.closed else { throw ConnectionError.closed(address: "consumer (closed)") }
        let deadline = ContinuousClock.now + timeout
        try await self.pollGroup(deadline: deadline)
        try await self.resetPositions(self.assigned)
        while true {
            if let error = self.pendingError {
                self.pendingError = nil
                throw error
            }
            let records = self.takeBuffered()
            self.sendFetches()
            if !records.isEmpty || ContinuousClock.now >= deadline { return records }
            await self.waitForData(until: deadline)
        }
    }

    private func takeBuffered() -> [ConsumerRecord] {
        var records: [ConsumerRecord] = []
        let partitions = self.assigned
        guard !partitions.isEmpty else { return [] }
        // Start at a different partition each time so none is starved (Kafka's fetch ordering).
        for step in 0..<partitions.count {
            let topicPartition = partitions[(self.roundRobinStart + step) % partitions.count]
            guard var slice = self.buffered[topicPartition], !slice.isEmpty else { continue }
            let take = min(slice.count, self.config.maxPollRecords - records.count)
            records += slice.prefix(take)
            slice = slice.dropFirst(take)
            self.buffered[topicPartition] = slice.isEmpty ? nil : slice
            if records.count >= self.config.maxPollRecords { break }
        }
        self.roundRobinStart += 1
        return records
    }

    private func waitForData(until deadline: ContinuousClock.Instant) async {
        let id = self.nextWaiterId
        self.nextWaiterId += 1
        let timer = Task {
            try? await Task.sleep(until: deadline, clock: .continuous)
            self.wake(id)
        }
        await withCheckedContinuation { continuation in
            self.waiters[id] = continuation
        }
        timer.cancel()
    }

    private func wake(_ id: Int) {
        self.waiters.removeValue(forKey: id)?.resume()
    }

    private func wakeAll() {
        let all = self.waiters.values
        self.waiters = [:]
        for waiter in all { waiter.resume() }
    }

    /// Sends a Fetch to every leader that has fetchable partitions and none in flight.
    private func sendFetches() {
        var byLeader: [Int32: [(TopicPartition, Int64, Int32)]] = [:]
        var leaderUnknown = false
        for topicPartition in self.assigned {
            guard let position = self.fetchPositions[topicPartition], self.buffered[topicPartition] == nil else {
                continue
            }
            guard let leader = self.leaders[topicPartition] else {
                leaderUnknown = true
                continue
            }
            guard !self.fetchesInFlight.contains(leader.leader) else { continue }
            byLeader[leader.leader, default: []].append((topicPartition, position, leader.epoch))
        }
        if leaderUnknown { self.refreshLeaders() }
        for (leader, partitions) in byLeader {
            self.fetchesInFlight.insert(leader)
            let epochs = partitions.map { self.partitionEpochs[$0.0, default: 0] }
            Task { await self.fetch(from: leader, partitions: partitions, epochs: epochs) }
        }
    }

    private func refreshLeaders() {
        guard self.retryTask == nil else { return }
        self.retryTask = Task {
            if let notBefore = self.refreshNotBefore, notBefore > .now {
                try? await Task.sleep(until: notBefore, clock: .continuous)
            }
            let topics = Array(Set(self.assigned.map(\.topic))).sorted()
            let metadata: ClusterMetadata
            do {
                metadata = try await self.cluster.metadata(for: topics, maxWait: self.config.cluster.requestTimeout)
            } catch {
                try? await Task.sleep(for: self.config.cluster.retryBackoff)
                metadata = await self.cluster.metadata
            }
            for topicPartition in self.assigned {
                if let partition = metadata.partition(topicPartition), let leader = partition.leaderId {
                    self.leaders[topicPartition] = (leader, partition.leaderEpoch)
                }
                if let id = metadata.topics[topicPartition.topic]?.topicId { self.topicIds[topicPartition.topic] = id }
            }
            self.retryTask = nil
            if self.assigned.contains(where: { self.leaders[$0] == nil }) {
                try? await Task.sleep(for: self.config.cluster.retryBackoff)
            }
            self.sendFetches()
        }
    }

    private func fetch(from leader: Int32, partitions: [(TopicPartition, Int64, Int32)], epochs: [Int]) async {
        defer {
            self.fetchesInFlight.remove(leader)
            self.sendFetches()
            self.wakeAll()
        }
        let response: FetchResponse
        let version: Int16
        do {
            let connection = try await self.cluster.connection(to: leader)
            // Fetch v13+ names topics by id only; use it when every topic's id is known.
            let idsKnown = partitions.allSatisfy { (self.topicIds[$0.0.topic] ?? .zero) != .zero }
            version = try connection.version(of: FetchRequest.self, within: VersionRange(4, idsKnown ? 17 : 12))
            var request = FetchRequest()
            request.replicaId = -1
            request.maxWaitMs = self.config.fetchMaxWait.int32Milliseconds
            request.minBytes = Int32(clamping: self.config.fetchMinBytes)
            request.maxBytes = Int32(clamping: self.config.fetchMaxBytes)
            request.isolationLevel = self.config.isolationLevel.rawValue
            request.sessionId = 0
            request.sessionEpoch = -1  // no fetch session (KIP-227 FINAL_EPOCH): a full fetch every time
            request.rackId = self.config.clientRack
            request.topics = Dictionary(grouping: partitions, by: { $0.0.topic }).sorted { $0.key < $1.key }.map {
                topic, entries in
                FetchRequest.FetchTopic(
                    topic: topic, topicId: self.topicIds[topic] ?? .zero,
                    partitions: entries.map { entry in
                        FetchRequest.FetchPartition(
                            partition: entry.0.partition, currentLeaderEpoch: entry.2, fetchOffset: entry.1,
                            partitionMaxBytes: Int32(clamping: self.config.maxPartitionFetchBytes))
                    })
            }
            let timeout = self.config.cluster.requestTimeout + self.config.fetchMaxWait
            response = try await connection.send(request, version: version, timeout: timeout)
        } catch {
            self.leaderTrouble(partitions.map(\.0))
            return
        }
        let top = ErrorCode(response.errorCode)
        if top.isError {
            if top.isRetriable {
                self.leaderTrouble(partitions.map(\.0))
            } else {
                self.pendingError = KafkaApiError(code: top, message: nil, context: "Fetch from node \(leader)")
            }
            return
        }
        for topic in response.responses {
            let name = version >= 13 ? (self.topicName(for: topic.topicId) ?? topic.topic) : topic.topic
            for partition in topic.partitions {
                let key = TopicPartition(topic: name, partition: partition.partitionIndex)
                guard let index = partitions.firstIndex(where: { $0.0 == key }),
                    self.partitionEpochs[key, default: 0] == epochs[index],
                    self.fetchPositions[key] == partitions[index].1
                else { continue }
                self.handle(partition, for: key, fetchOffset: partitions[index].1)
            }
        }
    }

    private func topicName(for id: Uuid) -> String? {
        self.topicIds.first { $0.value == id }?.key
    }

    private func handle(_ partition: FetchResponse.PartitionData, for key: TopicPartition, fetchOffset: Int64) {
        let code = ErrorCode(partition.errorCode)
        switch code {
        case .none:
            guard case .bytes(let bytes)? = partition.records, bytes.readableBytes > 0 else { return }
            do {
                let fetched = try FetchedRecords(
                    topicPartition: key, records: bytes, fetchOffset: fetchOffset,
                    abortedTransactions: partition.abortedTransactions,
                    readCommitted: self.config.isolationLevel == .readCommitted, checkCRCs: self.config.checkCRCs)
                self.fetchPositions[key] = fetched.nextFetchOffset
                if !fetched.records.isEmpty { self.buffered[key] = fetched.records[...] }
            } catch {
                self.pendingError = error
            }
        case .offsetOutOfRange:
            if self.config.autoOffsetReset == .none {
                self.pendingError = KafkaApiError(
                    code: code, message: "Fetch position \(fetchOffset) is out of range for partition \(key)",
                    context: "Fetch \(key)")
            } else {
                // Kafka resets per auto.offset.reset; the next poll looks the offset up.
                self.fetchPositions[key] = nil
                Task {
                    try? await self.resetPositions([key])
                    self.sendFetches()
                }
            }
        case .notLeaderOrFollower, .unknownTopicOrPartition, .leaderNotAvailable, .fencedLeaderEpoch,
            .unknownLeaderEpoch, .kafkaStorageError, .unknownTopicId, .inconsistentTopicId, .offsetNotAvailable,
            .replicaNotAvailable:
            self.leaderTrouble([key])
        default:
            self.pendingError = KafkaApiError(code: code, message: nil, context: "Fetch \(key)")
        }
    }

    /// Forgets the leaders of the partitions and refreshes metadata before fetching them again.
    private func leaderTrouble(_ partitions: [TopicPartition]) {
        for topicPartition in partitions { self.leaders[topicPartition] = nil }
        self.refreshNotBefore = .now + self.config.cluster.retryBackoff
        Task {
            await self.cluster.invalidateMetadata()
            self.refreshLeaders()
        }
    }

    /// Commits (with auto commit) and leaves the group, then closes the connections; later polls throw.
    public func close() async {
        guard !self.closed else { return }
        await self.closeGroup()
        self.closed = true
        self.wakeAll()
        await self.cluster.close()
    }
}
