import KafkaProtocol
import NIOCore
import NIOPosix

/// An asynchronous Kafka producer (Kafka KafkaProducer with its Sender and RecordAccumulator).
///
/// `send` partitions the record (explicit partition, murmur2 of the key as the Java client does,
/// or a sticky partition for unkeyed records, KIP-480), waits for buffer room if `buffer.memory`
/// is used up (back-pressure), appends it to its partition's batch and returns once the broker
/// acknowledged it (or throws). Batches are sent when full (`batch.size`), after `linger.ms`, or
/// on `flush`; failed batches are retried with exponential backoff until `delivery.timeout.ms`.
/// With idempotence (the default with `acks=all`) the producer gets a producer id and epoch
/// (InitProducerId) and numbers every partition's records, so retries never duplicate.
///
/// Many `send` calls may run concurrently; records of one partition keep their call order.
public actor KafkaProducer {
    public let config: ProducerConfig
    /// The connections and metadata this producer uses.
    public let cluster: KafkaCluster

    private typealias Completion = DeliveryCompletion
    private typealias Batch = RecordAccumulator<Completion>.Batch

    private var accumulator: RecordAccumulator<Completion>
    private var partitioner = StickyPartitioner()
    private var random = SystemRandomNumberGenerator()

    // Buffer memory (Kafka BufferPool), with the senders waiting for room in arrival order.
    private var memoryUsed = 0
    private var memoryWaiters: [(id: Int, bytes: Int, continuation: CheckedContinuation<Void, Error>)] = []
    private var nextWaiterId = 0

    // In-flight state.
    private var mutedPartitions: Set<TopicPartition> = []
    private var inFlightRequests: [Int32: Int] = [:]
    private var incompleteBatches: Set<Int> = []
    private var flushWaiters: [(upTo: Int, continuation: CheckedContinuation<Void, Never>)] = []
    private var highestBatchId = -1
    private var flushing = 0

    // Idempotence (Kafka TransactionManager, non-transactional part).
    private var producerId: Int64 = -1
    private var producerEpoch: Int16 = -1
    private var nextSequence: [TopicPartition: Int32] = [:]
    private var producerIdTask: Task<Void, Never>?
    private var producerIdResetNeeded = false

    private var timer: Task<Void, Never>?
    private var timerDeadline: ContinuousClock.Instant?
    private var closed = false

    /// Creates a producer with its own cluster connections.
    public init(config: ProducerConfig, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.config = config
        self.cluster = KafkaCluster(config: config.cluster, eventLoopGroup: eventLoopGroup)
        let compression = config.compression
        let level = config.compressionLevel
        self.accumulator = RecordAccumulator(batchSize: config.batchSize, linger: config.linger) {
            RecordBatchBuilder(compression: compression, compressionLevel: level)
        }
    }

    /// Creates a producer from Java-style properties (see `ProducerConfig.init(properties:warn:)`).
    public init(properties: [String: String], warn: (String) -> Void = { _ in }) throws {
        self.init(config: try ProducerConfig(properties: properties, warn: warn))
    }

    // MARK: sending

    /// Sends one record and waits until it is acknowledged.
    /// - Parameters:
    ///   - partition: the partition to use; nil to let the partitioner choose.
    ///   - timestamp: create time in milliseconds since the epoch; nil for now.
    /// - Returns: the partition and offset (offset -1 with `acks=0`).
    /// - Throws: `ProducerError` (closed, record too large, invalid partition, delivery timeout,
    ///   no buffer room within `max.block.ms`), `KafkaApiError` for a broker error that cannot be
    ///   retried or a topic missing from metadata after `max.block.ms`, or `ConnectionError`.
    public func send(
        topic: String, key: ByteBuffer? = nil, value: ByteBuffer?, headers: [RecordHeader] = [],
        partition: Int32? = nil, timestamp: Int64? = nil
    ) async throws -> RecordMetadata {
        let prepared = try await self.prepare(
            topic: topic, key: key, value: value, headers: headers, partition: partition, timestamp: timestamp)
        return try await withCheckedThrowingContinuation { continuation in
            do {
                try self.append(prepared, completion: .continuation(continuation))
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    /// Hands one record to the producer and returns as soon as it is buffered, without waiting
    /// for the broker (Kafka `send(record, callback)`); `completion` is called once, on the
    /// producer's actor, with the outcome. A caller that sends record after record is slowed
    /// down here when `buffer.memory` is used up (back-pressure), so memory stays bounded.
    /// - Parameters:
    ///   - partition: the partition to use; nil to let the partitioner choose.
    ///   - timestamp: create time in milliseconds since the epoch; nil for now.
    ///   - completion: called with the partition and offset, or the delivery error; it must not
    ///     block (it runs on the producer's actor).
    /// - Throws: what fails before the record is buffered (the same errors as the awaiting `send`
    ///   minus delivery errors); `completion` is not called then.
    public func send(
        topic: String, key: ByteBuffer? = nil, value: ByteBuffer?, headers: [RecordHeader] = [],
        partition: Int32? = nil, timestamp: Int64? = nil,
        completion: @escaping @Sendable (Result<RecordMetadata, Error>) -> Void
    ) async throws {
        let prepared = try await self.prepare(
            topic: topic, key: key, value: value, headers: headers, partition: partition, timestamp: timestamp)
        try self.append(prepared, completion: .callback(completion))
    }

    /// A record that passed the checks, holds its buffer memory and has its partition.
    private struct PreparedRecord {
        var topicPartition: TopicPartition
        var timestamp: Int64
        var key: ByteBuffer?
        var value: ByteBuffer?
        var headers: [RecordHeader]
        var size: Int
    }

    /// Checks the record, waits for metadata and buffer room, and chooses its partition.
    private func prepare(
        topic: String, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader], partition: Int32?,
        timestamp: Int64?
    ) async throws -> PreparedRecord {
        guard !self.closed else { throw ProducerError.closed }
        let size = RecordAccumulator<Completion>.estimatedSize(key: key, value: value, headers: headers)
        if size > self.config.maxRequestSize {
            throw ProducerError.recordTooLarge(
                size: size, limit: self.config.maxRequestSize, setting: "max.request.size")
        }
        if size > self.config.bufferMemory {
            throw ProducerError.recordTooLarge(size: size, limit: self.config.bufferMemory, setting: "buffer.memory")
        }
        let start = ContinuousClock.now
        let metadata: ClusterMetadata
        if let known = self.metadataSnapshot, known.partitionCount(of: topic) ?? 0 > 0,
            start - self.metadataSnapshotTime < self.config.cluster.metadataMaxAge
        {
            // Kafka's waitOnMetadata returns at once when the topic's partitions are known; the
            // snapshot is refreshed whenever the sender looks leaders up again.
            metadata = known
        } else {
            metadata = try await self.cluster.metadata(for: [topic], maxWait: self.config.maxBlock)
            self.updateLeaders(from: metadata)
        }
        let partitionCount = metadata.partitionCount(of: topic) ?? 0
        if let partition, partition < 0 || Int(partition) >= partitionCount {
            throw ProducerError.invalidPartition(topic: topic, partition: partition, partitionCount: partitionCount)
        }
        let remaining = self.config.maxBlock - (ContinuousClock.now - start)
        try await self.reserveMemory(size, maxWait: remaining)
        guard !self.closed else {
            self.releaseMemory(size)
            throw ProducerError.closed
        }
        let chosen = self.choosePartition(
            topic: topic, key: key, explicit: partition, metadata: metadata, partitionCount: partitionCount,
            recordSize: size)
        return PreparedRecord(
            topicPartition: TopicPartition(topic: topic, partition: chosen),
            timestamp: timestamp ?? WallClock.milliseconds(), key: key, value: value, headers: headers, size: size)
    }

    /// Appends a prepared record to its batch and wakes the sender; releases its memory if that fails.
    private func append(_ record: PreparedRecord, completion: DeliveryCompletion) throws {
        do {
            let result = try self.accumulator.append(
                to: record.topicPartition, timestamp: record.timestamp, key: record.key, value: record.value,
                headers: record.headers, completion: completion, reservedBytes: record.size, now: .now)
            if result.createdBatch {
                self.incompleteBatches.insert(result.batchId)
                self.highestBatchId = max(self.highestBatchId, result.batchId)
            }
            // A full batch goes out now; otherwise the timer set by the last run covers linger.ms
            // (running the sender for every record would cost a scan of all queues each time).
            if result.createdBatch || result.batchIsFull || self.timer == nil {
                self.runSender()
            }
        } catch {
            self.releaseMemory(record.size)
            throw error
        }
    }

    /// Sends a record with string key and value (UTF-8).
    public func send(
        topic: String, key: String?, value: String?, headers: [RecordHeader] = [], partition: Int32? = nil,
        timestamp: Int64? = nil
    ) async throws -> RecordMetadata {
        try await self.send(
            topic: topic, key: key.map { ByteBuffer(string: $0) }, value: value.map { ByteBuffer(string: $0) },
            headers: headers, partition: partition, timestamp: timestamp)
    }

    private func choosePartition(
        topic: String, key: ByteBuffer?, explicit: Int32?, metadata: ClusterMetadata, partitionCount: Int,
        recordSize: Int
    ) -> Int32 {
        if let explicit { return explicit }
        if let key, !self.config.partitionerIgnoreKeys {
            // Java's BuiltInPartitioner.partitionForKey: murmur2 over all partitions, available or not.
            return Murmur2.partition(forKey: key, partitionCount: Int32(partitionCount))
        }
        let available = metadata.availablePartitions(of: topic)
        let sticky = self.partitioner.partition(
            for: topic, available: available, partitionCount: partitionCount, using: &self.random)
        let current = TopicPartition(topic: topic, partition: sticky)
        guard self.accumulator.wouldCreateNewBatch(for: current, recordSize: recordSize) else { return sticky }
        return self.partitioner.onNewBatch(
            topic: topic, previous: sticky, available: available, partitionCount: partitionCount, using: &self.random)
    }

    // MARK: buffer memory

    private func reserveMemory(_ bytes: Int, maxWait: Duration) async throws {
        if self.memoryWaiters.isEmpty && self.memoryUsed + bytes <= self.config.bufferMemory {
            self.memoryUsed += bytes
            return
        }
        let id = self.nextWaiterId
        self.nextWaiterId += 1
        let timeout = Task {
            try? await Task.sleep(for: max(maxWait, .zero))
            self.memoryWaitTimedOut(id: id, waited: maxWait)
        }
        defer { timeout.cancel() }
        // Kafka's BufferPool makes later senders queue behind an earlier one that is waiting.
        try await withCheckedThrowingContinuation { continuation in
            self.memoryWaiters.append((id, bytes, continuation))
            self.wakeMemoryWaiters()
        }
    }

    private func memoryWaitTimedOut(id: Int, waited: Duration) {
        guard let index = self.memoryWaiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = self.memoryWaiters.remove(at: index)
        waiter.continuation.resume(throwing: ProducerError.bufferExhausted(waitedMilliseconds: waited.milliseconds))
        self.wakeMemoryWaiters()
    }

    private func releaseMemory(_ bytes: Int) {
        self.memoryUsed -= bytes
        self.wakeMemoryWaiters()
    }

    private func wakeMemoryWaiters() {
        while let first = self.memoryWaiters.first, self.memoryUsed + first.bytes <= self.config.bufferMemory {
            self.memoryWaiters.removeFirst()
            self.memoryUsed += first.bytes
            first.continuation.resume()
        }
    }

    /// Bytes of records currently held (for tests and monitoring; Kafka's `buffer-available-bytes`
    /// is `buffer.memory` minus this).
    public var bufferedBytes: Int { self.memoryUsed }

    // MARK: the sender

    /// Sends what is ready, expires what is too old, and sets the timer for the next deadline.
    /// Synchronous on the actor: requests go out in their own tasks (Kafka Sender.runOnce).
    private func runSender() {
        let now = ContinuousClock.now
        for batch in self.accumulator.expire(
            now: now, deliveryTimeout: self.config.deliveryTimeout, muted: self.mutedPartitions)
        {
            let elapsed = (now - batch.createdAt).milliseconds
            self.fail(
                batch,
                with: ProducerError.deliveryTimedOut(
                    topic: batch.topicPartition.topic, partition: batch.topicPartition.partition,
                    elapsedMilliseconds: elapsed),
                sent: batch.encoded != nil)
        }
        if self.config.isIdempotent && !self.accumulator.isEmpty {
            if self.producerIdResetNeeded && self.mutedPartitions.isEmpty {
                // After a batch failed for good the sequence numbers have a gap: start over with
                // a new producer id (Kafka TransactionManager.resetIdempotentProducerId).
                self.producerIdResetNeeded = false
                self.producerId = -1
                self.nextSequence = [:]
                self.accumulator.resetEncoding()
            }
            if self.producerId < 0 {
                if self.producerIdTask == nil && !self.producerIdResetNeeded {
                    self.producerIdTask = Task { await self.initProducerId() }
                }
                return
            }
        }
        let (ready, nextCheck) = self.accumulator.ready(
            now: now, muted: self.mutedPartitions, flushing: self.flushing > 0)
        var byLeader: [Int32: [TopicPartition]] = [:]
        var leaderMissing = false
        for topicPartition in ready {
            // Read the cluster's snapshot without awaiting: the sender stays synchronous.
            guard let leader = self.leaderSnapshot[topicPartition.topic]?[topicPartition.partition] else {
                leaderMissing = true
                continue
            }
            byLeader[leader, default: []].append(topicPartition)
        }
        if leaderMissing { self.refreshLeaders() }
        for (leader, partitions) in byLeader {
            guard self.inFlightRequests[leader, default: 0] < self.config.maxInFlightRequestsPerConnection else {
                continue
            }
            var batches: [Batch] = []
            var size = 0
            for topicPartition in partitions {
                guard var batch = self.accumulator.takeFirst(of: topicPartition) else { continue }
                do {
                    try self.encode(&batch)
                } catch {
                    self.fail(batch, with: error, sent: false)
                    continue
                }
                let batchSize = batch.encoded?.readableBytes ?? 0
                if !batches.isEmpty && size + batchSize > self.config.maxRequestSize {
                    self.accumulator.requeue(batch, retryAt: now)
                    continue
                }
                size += batchSize
                batches.append(batch)
            }
            guard !batches.isEmpty else { continue }
            for batch in batches { self.mutedPartitions.insert(batch.topicPartition) }
            self.inFlightRequests[leader, default: 0] += 1
            let request = batches
            Task { await self.sendProduce(request, to: leader) }
        }
        var deadline = nextCheck
        if let expiry = self.accumulator.nextExpiry(deliveryTimeout: self.config.deliveryTimeout) {
            deadline = min(deadline ?? expiry, expiry)
        }
        if leaderMissing {
            let retry = now + self.config.cluster.retryBackoff
            deadline = min(deadline ?? retry, retry)
        }
        self.schedule(at: deadline)
    }

    /// Leaders per topic and partition, copied from the cluster after each metadata lookup.
    private var leaderSnapshot: [String: [Int32: Int32]] = [:]
    private var leaderRefresh: Task<Void, Never>?

    private func refreshLeaders() {
        guard self.leaderRefresh == nil else { return }
        self.leaderRefresh = Task {
            let topics = self.accumulator.topics.sorted()
            if let metadata = try? await self.cluster.metadata(for: topics, maxWait: self.config.cluster.retryBackoff) {
                self.updateLeaders(from: metadata)
            } else {
                self.updateLeaders(from: await self.cluster.metadata)
            }
            self.leaderRefresh = nil
            self.runSender()
        }
    }

    /// The metadata of the last lookup, so sends to known topics need no trip to the cluster.
    private var metadataSnapshot: ClusterMetadata?
    private var metadataSnapshotTime = ContinuousClock.now

    private func updateLeaders(from metadata: ClusterMetadata) {
        self.metadataSnapshot = metadata
        self.metadataSnapshotTime = .now
        for (name, topic) in metadata.topics {
            var leaders: [Int32: Int32] = [:]
            for partition in topic.partitions {
                if let leader = partition.leaderId { leaders[partition.partition] = leader }
            }
            self.leaderSnapshot[name] = leaders
        }
    }

    private func schedule(at deadline: ContinuousClock.Instant?) {
        guard let deadline else { return }
        if let current = self.timerDeadline, current <= deadline, self.timer != nil { return }
        self.timer?.cancel()
        self.timerDeadline = deadline
        self.timer = Task {
            try? await Task.sleep(until: deadline, clock: .continuous)
            if Task.isCancelled { return }
            self.timerFired()
        }
    }

    private func timerFired() {
        self.timer = nil
        self.timerDeadline = nil
        self.runSender()
    }

    /// Encodes a batch for sending, once: producer id, epoch and base sequence first.
    private func encode(_ batch: inout Batch) throws {
        guard batch.encoded == nil else { return }
        if self.config.isIdempotent {
            let sequence = self.nextSequence[batch.topicPartition, default: 0]
            batch.builder.producerId = self.producerId
            batch.builder.producerEpoch = self.producerEpoch
            batch.builder.baseSequence = sequence
            // Sequences wrap at Int32.max (Kafka DefaultRecordBatch.incrementSequence).
            let next = Int64(sequence) + Int64(batch.recordCount)
            self.nextSequence[batch.topicPartition] = Int32(
                truncatingIfNeeded: next > Int64(Int32.max) ? next - Int64(Int32.max) - 1 : next)
        }
        batch.encoded = try batch.builder.build()
    }

    private func sendProduce(_ batches: [Batch], to leader: Int32) async {
        var request = ProduceRequest()
        request.acks = self.config.acks.rawValue
        request.timeoutMs = self.config.cluster.requestTimeout.int32Milliseconds
        var byTopic: [String: [ProduceRequest.PartitionProduceData]] = [:]
        for batch in batches {
            byTopic[batch.topicPartition.topic, default: []].append(
                ProduceRequest.PartitionProduceData(
                    index: batch.topicPartition.partition, records: batch.encoded.map(Records.bytes)))
        }
        request.topicData = byTopic.sorted { $0.key < $1.key }.map {
            ProduceRequest.TopicProduceData(name: $0.key, partitionData: $0.value)
        }
        var outcome: [TopicPartition: Result<(Int64, Int64), Error>] = [:]
        do {
            let connection = try await self.cluster.connection(to: leader)
            // v3 is the first with magic-2 batches; v12+ name topics by id.
            let version = try connection.version(of: ProduceRequest.self, within: VersionRange(3, 11))
            if self.config.acks == .none {
                try await connection.sendWithoutResponse(request, version: version)
                for batch in batches { outcome[batch.topicPartition] = .success((-1, -1)) }
            } else {
                let response = try await connection.send(request, version: version)
                for topic in response.responses {
                    for partition in topic.partitionResponses {
                        let key = TopicPartition(topic: topic.name, partition: partition.index)
                        let code = ErrorCode(partition.errorCode)
                        if !code.isError || code == .duplicateSequenceNumber {
                            outcome[key] = .success((partition.baseOffset, partition.logAppendTimeMs))
                        } else {
                            outcome[key] = .failure(
                                KafkaApiError(code: code, message: partition.errorMessage, context: "Produce to \(key)")
                            )
                        }
                    }
                }
            }
        } catch {
            for batch in batches { outcome[batch.topicPartition] = .failure(error) }
        }
        self.inFlightRequests[leader, default: 1] -= 1
        for batch in batches {
            self.mutedPartitions.remove(batch.topicPartition)
            switch outcome[batch.topicPartition] {
            case .success(let (baseOffset, logAppendTime)):
                self.complete(batch, baseOffset: baseOffset, logAppendTime: logAppendTime)
            case .failure(let error):
                self.handleFailure(batch, error: error)
            case nil:
                self.handleFailure(
                    batch,
                    error: KafkaApiError(
                        code: .networkException, message: "partition missing from the response",
                        context: "Produce to \(batch.topicPartition)"))
            }
        }
        self.runSender()
    }

    /// Retries a failed batch when the error allows it and time remains, else fails its records
    /// (Kafka Sender.completeBatch / canRetry).
    private func handleFailure(_ batch: Batch, error: Error) {
        var batch = batch
        batch.attempts += 1
        let retriable: Bool
        var refreshMetadata = false
        switch error {
        case let error as KafkaApiError:
            retriable = error.isRetriable
            refreshMetadata =
                [
                    .notLeaderOrFollower, .unknownTopicOrPartition, .leaderNotAvailable, .kafkaStorageError,
                    .fencedLeaderEpoch, .unknownLeaderEpoch, .notEnoughReplicas,
                ].contains(error.code) || error.code == .networkException
            if error.code == .outOfOrderSequenceNumber || error.code == .unknownProducerId
                || error.code == .invalidProducerEpoch
            {
                self.producerIdResetNeeded = true
            }
        case let error as ConnectionError:
            retriable = error.isRetriable
            refreshMetadata = true
        default:
            retriable = false
        }
        if refreshMetadata {
            Task {
                await self.cluster.invalidateMetadata()
                self.refreshLeaders()
            }
        }
        let now = ContinuousClock.now
        let withinTimeout = batch.createdAt + self.config.deliveryTimeout > now
        if retriable && batch.attempts <= self.config.retries && withinTimeout && !self.closedWithoutFlush {
            self.accumulator.requeue(batch, retryAt: now + self.config.cluster.backoff(attempt: batch.attempts))
            // With the leader possibly moved, forget where it was so the sender waits for metadata.
            if refreshMetadata { self.leaderSnapshot[batch.topicPartition.topic] = nil }
        } else {
            self.fail(batch, with: error, sent: true)
        }
    }

    private var closedWithoutFlush = false

    private func complete(_ batch: Batch, baseOffset: Int64, logAppendTime: Int64) {
        for (index, completion) in batch.completions.enumerated() {
            let offset = baseOffset >= 0 ? baseOffset + Int64(index) : -1
            let timestamp = logAppendTime >= 0 ? logAppendTime : batch.timestamps[index]
            completion.resume(
                returning: RecordMetadata(
                    topic: batch.topicPartition.topic, partition: batch.topicPartition.partition, offset: offset,
                    timestamp: timestamp))
        }
        self.finish(batch)
    }

    private func fail(_ batch: Batch, with error: Error, sent: Bool) {
        for completion in batch.completions { completion.resume(throwing: error) }
        if sent && self.config.isIdempotent { self.producerIdResetNeeded = true }
        self.finish(batch)
    }

    private func finish(_ batch: Batch) {
        self.releaseMemory(batch.reservedBytes)
        self.incompleteBatches.remove(batch.id)
        let lowest = self.incompleteBatches.min() ?? Int.max
        var waiting: [(upTo: Int, continuation: CheckedContinuation<Void, Never>)] = []
        for waiter in self.flushWaiters {
            if lowest > waiter.upTo { waiter.continuation.resume() } else { waiting.append(waiter) }
        }
        self.flushWaiters = waiting
    }

    // MARK: idempotence

    /// Gets a producer id and epoch (InitProducerId without a transactional id), retrying
    /// retriable errors with backoff; a fatal error fails every queued record.
    private func initProducerId() async {
        var attempt = 0
        while !self.closedWithoutFlush {
            attempt += 1
            do {
                let connection = try await self.cluster.anyConnection()
                var request = InitProducerIdRequest()
                request.transactionalId = nil
                request.transactionTimeoutMs = 60000
                let response = try await connection.send(request)
                let code = ErrorCode(response.errorCode)
                if !code.isError {
                    self.producerId = response.producerId
                    self.producerEpoch = response.producerEpoch
                    self.nextSequence = [:]
                    break
                }
                throw KafkaApiError(code: code, message: nil, context: "InitProducerId")
            } catch {
                let retriable =
                    (error as? KafkaApiError)?.isRetriable ?? (error as? ConnectionError)?.isRetriable ?? false
                if !retriable {
                    for batch in self.accumulator.removeAll() { self.fail(batch, with: error, sent: false) }
                    break
                }
                try? await Task.sleep(for: self.config.cluster.backoff(attempt: attempt))
            }
        }
        self.producerIdTask = nil
        self.runSender()
    }

    /// The producer id and epoch in use; -1 before InitProducerId or without idempotence.
    public var producerIdAndEpoch: (producerId: Int64, epoch: Int16) { (self.producerId, self.producerEpoch) }

    // MARK: flush and close

    /// Sends every record appended so far without waiting for `linger.ms`, and returns when all
    /// of them have completed (successfully or not).
    public func flush() async {
        let upTo = self.highestBatchId
        guard let lowest = self.incompleteBatches.min(), lowest <= upTo else { return }
        self.flushing += 1
        self.runSender()
        await withCheckedContinuation { continuation in
            self.flushWaiters.append((upTo, continuation))
        }
        self.flushing -= 1
    }

    /// Flushes, then closes the connections; later sends fail with `ProducerError.closed`.
    public func close() async {
        guard !self.closed else { return }
        self.closed = true
        await self.flush()
        self.closedWithoutFlush = true
        self.timer?.cancel()
        for waiter in self.memoryWaiters { waiter.continuation.resume(throwing: ProducerError.closed) }
        self.memoryWaiters = []
        await self.cluster.close()
    }
}
