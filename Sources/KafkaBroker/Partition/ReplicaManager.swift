import KafkaProtocol
import KafkaStorage
import NIOConcurrencyHelpers
import NIOCore

/// The partitions this broker hosts and the data path through them (Kafka ReplicaManager.scala):
/// appends as leader, reads for fetches with long polling, offsets by timestamp and by leader
/// epoch, and record deletion. Handlers translate the wire to these calls and back.
///
/// `startup` follows the metadata image: a partition whose replicas include this node gets a log
/// (created with the topic's effective configuration: broker `log.*` defaults under the topic's
/// overrides) and a `Partition` carrying the image's leader, epoch and ISR; a partition that
/// leaves the image, or whose topic was re-created under a new id, has its log deleted; a topic
/// config change reaches the log. Thread-safe; image changes are applied one at a time, in order.
public final class ReplicaManager: Sendable {
    public let context: BrokerContext
    /// Fetch sessions (KIP-227).
    public let fetchManager: FetchManager
    /// Fetches waiting for data.
    let purgatory: DelayedFetchPurgatory
    private let brokerDefaults: [String: String]
    private let partitions = NIOLockedValueBox<[TopicPartition: Partition]>([:])
    private let lifecycle = NIOLockedValueBox(Lifecycle())
    private let applyLock = NIOLock()
    private let log: @Sendable (String) -> Void

    private struct Lifecycle {
        var started = false
        var shutDown = false
        /// The offset of the last image applied; older images are ignored.
        var appliedOffset = Int64.min
    }

    /// Kafka's default for `max.incremental.fetch.session.cache.slots`.
    public static let defaultFetchSessionSlots = 1000

    /// - Parameters:
    ///   - clock: wall-clock milliseconds for fetch session idleness.
    ///   - delayClock: what delayed fetches sleep on for `max_wait_ms`.
    ///   - log: where problems applying the metadata image are reported.
    public init(
        context: BrokerContext, clock: StorageClock = .system, delayClock: any Clock<Duration> = ContinuousClock(),
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.context = context
        self.brokerDefaults = TopicSettings.brokerDefaults(context.config)
        let slots = context.config.string("max.incremental.fetch.session.cache.slots").flatMap { Int($0) }
        self.fetchManager = FetchManager(maxSessions: max(0, slots ?? Self.defaultFetchSessionSlots), clock: clock)
        self.purgatory = DelayedFetchPurgatory(clock: delayClock)
        self.log = log
    }

    // MARK: Lifecycle

    /// Hosts the partitions of the current image and follows every later image.
    /// - Throws: nothing yet; a partition whose log cannot be created is reported and left offline
    ///   (requests for it get KAFKA_STORAGE_ERROR), as Kafka marks a failed log dir offline.
    public func startup() throws {
        let first = self.lifecycle.withLockedValue { state -> Bool in
            defer { state.started = true }
            return !state.started
        }
        guard first else { return }
        self.context.publisher.subscribe { [self] _, new in self.apply(new) }
        self.apply(self.context.publisher.current)
    }

    /// Answers every waiting fetch and stops following the image. The logs stay open: the
    /// `LogManager`'s own shutdown flushes and closes them.
    public func shutdown() {
        self.applyLock.withLock {
            self.lifecycle.withLockedValue { $0.shutDown = true }
        }
        self.purgatory.shutdown()
    }

    // MARK: Partitions

    /// The hosted partition, leader or not.
    public func partition(_ topicPartition: TopicPartition) -> Partition? {
        self.partitions.withLockedValue { $0[topicPartition] }
    }

    /// Every hosted partition.
    public var allPartitions: [TopicPartition: Partition] { self.partitions.withLockedValue { $0 } }

    /// The partition if this node leads it at the client's epoch (Kafka `getPartitionOrException`
    /// plus `Partition.getLocalLog`).
    /// - Throws: `UnknownTopicOrPartitionError` when the image has no such partition,
    ///   `NotLeaderOrFollowerError` when another node leads it (or its log is offline here),
    ///   `LeaderEpochMismatchError` when the epochs differ.
    public func leaderPartition(_ topicPartition: TopicPartition, currentLeaderEpoch: Int32 = -1) throws -> Partition {
        if let partition = self.partition(topicPartition) {
            try partition.checkLeader(currentLeaderEpoch: currentLeaderEpoch)
            return partition
        }
        let image = self.context.publisher.current
        if let known = image.topic(named: topicPartition.topic)?.partitions[topicPartition.partition] {
            throw NotLeaderOrFollowerError(topicPartition: topicPartition, leader: known.leader, leaderEpoch: known.leaderEpoch)
        }
        throw UnknownTopicOrPartitionError(topicPartition: topicPartition)
    }

    // MARK: Produce

    /// Appends a producer's (or coordinator's) batches to a partition this node leads and wakes
    /// the fetches waiting on it (Kafka `appendRecords` / `appendToLocalLog`). With this node the
    /// only replica, acks=-1 is complete once the local append is.
    /// - Throws: the errors of `leaderPartition` and `Partition.appendRecordsToLeader`.
    public func appendRecords(
        _ records: consuming ByteBuffer, to topicPartition: TopicPartition, requiredAcks: Int16,
        origin: AppendOrigin = .client
    ) throws -> LogAppendInfo {
        let partition = try self.leaderPartition(topicPartition)
        let info = try partition.appendRecordsToLeader(records, requiredAcks: requiredAcks, origin: origin)
        self.purgatory.checkAndComplete(topicPartition)
        return info
    }

    // MARK: Fetch

    /// Reads partitions for a fetch, waiting up to `maxWait` for `minBytes` (Kafka
    /// `fetchMessages`): answers at once when the wait is 0, there is nothing to read, an error
    /// came up, or enough bytes are there; otherwise the fetch waits in the purgatory until an
    /// append makes it satisfiable or the time is up, and then reads again.
    /// - Parameters:
    ///   - maxBytes: the response's `max_bytes`; the first batch is returned whatever its size.
    ///   - isolation: `.highWatermark` (read_uncommitted), `.committed` (read_committed), `.logEnd`.
    public func fetchMessages(
        _ partitions: [FetchPartitionParameters], maxWait: Duration, minBytes: Int, maxBytes: Int, isolation: FetchIsolation
    ) async -> [PartitionFetchResult] {
        let first = self.readFromLog(partitions, maxBytes: maxBytes, isolation: isolation)
        let readable = first.reduce(0) { $0 + $1.recordBytes }
        if maxWait <= .zero || partitions.isEmpty || readable >= minBytes || first.contains(where: { $0.error != .none }) {
            return first
        }
        // Kafka DelayedFetch.tryComplete: an error on any partition (it moved, was deleted, its
        // offset fell out of range) or enough bytes across them completes the fetch.
        await self.purgatory.wait(watching: first.compactMap(\.topicPartition), timeout: maxWait) { [self] in
            let probe = self.readFromLog(partitions, maxBytes: maxBytes, isolation: isolation)
            return probe.contains { $0.error != .none } || probe.reduce(0) { $0 + $1.recordBytes } >= minBytes
        }
        return self.readFromLog(partitions, maxBytes: maxBytes, isolation: isolation)
    }

    /// Reads each partition once (Kafka `readFromLog`): `maxBytes` is shared across partitions in
    /// order, each read also limited by its `partition_max_bytes`, and until some partition has
    /// returned data the first batch is returned whole even when larger (KIP-74).
    public func readFromLog(
        _ partitions: [FetchPartitionParameters], maxBytes: Int, isolation: FetchIsolation
    ) -> [PartitionFetchResult] {
        let image = self.context.publisher.current
        var limit = max(0, maxBytes)
        var minOneMessage = true
        return partitions.map { parameters in
            let key = parameters.key
            let topicPartition: TopicPartition
            // A v13+ fetch names topics by id only; a zero id is an unknown one (Kafka's UNKNOWN_TOPIC_ID).
            if key.topicId != .zero || key.topic.isEmpty {
                guard let topic = image.topicsById[key.topicId] else {
                    return PartitionFetchResult(key: key, topicPartition: nil, error: .unknownTopicId)
                }
                topicPartition = TopicPartition(topic: topic.name, partition: key.partition)
            } else {
                topicPartition = TopicPartition(topic: key.topic, partition: key.partition)
            }
            var result = PartitionFetchResult(key: key, topicPartition: topicPartition, error: .none)
            do {
                let partition = try self.leaderPartition(topicPartition, currentLeaderEpoch: parameters.currentLeaderEpoch)
                let info = try partition.log.read(
                    from: parameters.fetchOffset, maxBytes: min(Int(max(0, parameters.maxBytes)), limit),
                    isolation: isolation, minOneMessage: minOneMessage)
                result.highWatermark = info.highWatermark
                result.lastStableOffset = info.lastStableOffset
                result.logStartOffset = info.logStartOffset
                result.records = info.records
                result.abortedTransactions = info.abortedTransactions
                if info.byteCount > 0 { minOneMessage = false }
                limit = max(0, limit - info.byteCount)
            } catch {
                result.error = ErrorCode.forError(error)
                if let notLeader = error as? NotLeaderOrFollowerError {
                    result.currentLeader = notLeader.leader
                    result.currentLeaderEpoch = notLeader.leaderEpoch
                } else if let mismatch = error as? LeaderEpochMismatchError {
                    result.currentLeader = self.context.nodeId
                    result.currentLeaderEpoch = mismatch.leaderEpoch
                }
            }
            return result
        }
    }

    // MARK: Offsets

    /// Answers a ListOffsets query (Kafka Partition.fetchOffsetForTimestamp): -1 is the last
    /// offset a client with `isolation` may read (the high watermark, the last stable offset, or
    /// the log end for replicas and tools, `isolation` nil); -2 and -4 the log start offset; -3
    /// the record with the largest timestamp; otherwise the first record at or after `timestamp`.
    /// A record the client may not read yet is reported as none found (offset -1).
    /// - Throws: the errors of `leaderPartition`; storage errors.
    public func fetchOffset(
        forTimestamp timestamp: Int64, in topicPartition: TopicPartition, isolation: FetchIsolation?,
        currentLeaderEpoch: Int32 = -1
    ) throws -> TimestampAndOffset {
        let partition = try self.leaderPartition(topicPartition, currentLeaderEpoch: currentLeaderEpoch)
        let log = partition.log
        let lastFetchableOffset: Int64
        switch isolation {
        case .committed?: lastFetchableOffset = log.lastStableOffset
        case .highWatermark?: lastFetchableOffset = log.highWatermark
        case .logEnd?, nil: lastFetchableOffset = log.logEndOffset
        }
        let none = TimestampAndOffset(timestamp: -1, offset: -1, leaderEpoch: nil)
        switch timestamp {
        case TimestampAndOffset.latestTimestamp:
            return TimestampAndOffset(timestamp: -1, offset: lastFetchableOffset, leaderEpoch: partition.leaderEpoch)
        case TimestampAndOffset.earliestTimestamp, TimestampAndOffset.earliestLocalTimestamp:
            return try log.offset(forTimestamp: timestamp) ?? none
        default:
            guard let found = try log.offset(forTimestamp: timestamp), found.offset < lastFetchableOffset else {
                return none
            }
            return found
        }
    }

    /// The end offset of `leaderEpoch` for OffsetForLeaderEpoch (Kafka Partition
    /// `lastOffsetForLeaderEpoch`, LeaderEpochFileCache `endOffsetFor`). The current leader epoch
    /// counts as starting at the log end even before anything was written in it, as Kafka's leader
    /// records it on becoming leader.
    /// - Returns: (-1, -1) when the epoch is unknown.
    /// - Throws: the errors of `leaderPartition`.
    public func lastOffset(
        forLeaderEpoch leaderEpoch: Int32, in topicPartition: TopicPartition, currentLeaderEpoch: Int32 = -1
    ) throws -> (leaderEpoch: Int32, endOffset: Int64) {
        let partition = try self.leaderPartition(topicPartition, currentLeaderEpoch: currentLeaderEpoch)
        var entries = partition.log.leaderEpochs
        let logEndOffset = partition.log.logEndOffset
        let current = partition.leaderEpoch
        if current > (entries.last?.epoch ?? -1) {
            entries.append(EpochEntry(epoch: current, startOffset: logEndOffset))
        }
        return Self.endOffset(forEpoch: leaderEpoch, entries: entries, logEndOffset: logEndOffset)
    }

    /// Kafka LeaderEpochFileCache.endOffsetFor over `entries` (rising epochs).
    static func endOffset(forEpoch requested: Int32, entries: [EpochEntry], logEndOffset: Int64) -> (Int32, Int64) {
        guard requested >= 0, let latest = entries.last else { return (-1, -1) }
        if requested == latest.epoch { return (requested, logEndOffset) }
        guard let higher = entries.first(where: { $0.epoch > requested }) else { return (-1, -1) }
        guard let floor = entries.last(where: { $0.epoch <= requested }) else { return (requested, higher.startOffset) }
        return (floor.epoch, higher.startOffset)
    }

    // MARK: DeleteRecords

    /// Moves a partition's log start offset up to `offset` (-1: the high watermark) and deletes
    /// the segments below it (Kafka Partition.deleteRecordsOnLeader). With one replica the low
    /// watermark is the leader's log start offset.
    /// - Returns: the new low watermark.
    /// - Throws: the errors of `leaderPartition`; `PolicyViolationError` for a topic without the
    ///   delete cleanup policy; `OffsetOutOfRangeError` for an offset below -1 or above the high
    ///   watermark.
    public func deleteRecords(in topicPartition: TopicPartition, before offset: Int64) throws -> Int64 {
        let partition = try self.leaderPartition(topicPartition)
        guard partition.settings.logConfig.cleanupPolicy.contains(.delete) else {
            throw PolicyViolationError(
                message: "Records of partition \(topicPartition) can not be deleted due to the configured policy")
        }
        let log = partition.log
        let target = offset == -1 ? log.highWatermark : offset
        guard target >= 0 else {
            throw OffsetOutOfRangeError(offset: offset, logStartOffset: log.logStartOffset, upperBound: log.highWatermark)
        }
        let lowWatermark = try log.deleteRecords(before: target)
        self.purgatory.checkAndComplete(topicPartition)
        return lowWatermark
    }

    // MARK: Following the image

    /// Brings the hosted partitions in line with `image` (Kafka ReplicaManager.applyDelta).
    func apply(_ image: MetadataImage) {
        var changed: [TopicPartition] = []
        self.applyLock.withLock {
            let proceed = self.lifecycle.withLockedValue { state -> Bool in
                guard !state.shutDown, image.offset >= state.appliedOffset else { return false }
                state.appliedOffset = image.offset
                return true
            }
            guard proceed else { return }
            let nodeId = self.context.nodeId
            var wanted: [TopicPartition: (topicId: Uuid, state: Partition.State)] = [:]
            for topic in image.topicsById.values {
                let hosted = topic.partitions.filter { $0.value.replicas.contains(nodeId) }
                guard !hosted.isEmpty else { continue }
                let settings: TopicSettings
                do {
                    settings = try TopicSettings.resolve(
                        brokerDefaults: self.brokerDefaults, topicConfigs: image.topicConfig(topic.name))
                } catch {
                    self.log("topic \(topic.name): cannot apply its configuration, using the defaults: \(error)")
                    settings = TopicSettings()
                }
                for (index, partition) in hosted {
                    wanted[TopicPartition(topic: topic.name, partition: index)] = (
                        topic.id,
                        Partition.State(
                            leader: partition.leader, leaderEpoch: partition.leaderEpoch,
                            partitionEpoch: partition.partitionEpoch, replicas: partition.replicas, isr: partition.isr,
                            settings: settings)
                    )
                }
            }
            let current = self.allPartitions
            for (topicPartition, partition) in current where wanted[topicPartition]?.topicId != partition.topicId {
                self.partitions.withLockedValue { $0[topicPartition] = nil }
                do {
                    try self.context.logManager.deleteLog(topicPartition)
                } catch {
                    self.log("cannot delete the log of \(topicPartition): \(error)")
                }
                changed.append(topicPartition)
            }
            for (topicPartition, target) in wanted {
                if let existing = self.partition(topicPartition) {
                    if existing.update(target.state) { changed.append(topicPartition) }
                    continue
                }
                do {
                    let partition = try self.makePartition(topicPartition, topicId: target.topicId, state: target.state)
                    self.partitions.withLockedValue { $0[topicPartition] = partition }
                    changed.append(topicPartition)
                } catch {
                    self.log("cannot open the log of \(topicPartition): \(error)")
                }
            }
        }
        for topicPartition in changed {
            self.purgatory.checkAndComplete(topicPartition)
        }
    }

    /// Opens (or creates) a partition's log. A log left on disk by an earlier topic of the same
    /// name, as its `partition.metadata` tells, is deleted first (Kafka treats it as stray).
    private func makePartition(_ topicPartition: TopicPartition, topicId: Uuid, state: Partition.State) throws
        -> Partition
    {
        let logManager = self.context.logManager
        if let existing = logManager.log(for: topicPartition) {
            let onDisk = try PartitionMetadataFile(directory: existing.directory).read()
            if let onDisk, onDisk != topicId {
                try logManager.deleteLog(topicPartition)
            } else {
                if onDisk == nil { try PartitionMetadataFile(directory: existing.directory).write(topicId: topicId) }
                existing.updateConfig(state.settings.logConfig)
            }
        }
        let log = try logManager.getOrCreateLog(topicPartition, config: state.settings.logConfig, topicId: topicId)
        let partition = Partition(
            topicPartition: topicPartition, topicId: topicId, log: log, nodeId: self.context.nodeId, state: state)
        if state.leader == self.context.nodeId { partition.maybeIncrementLeaderHighWatermark() }
        return partition
    }
}
