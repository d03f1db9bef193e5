import KafkaProtocol
import NIOCore

/// Per-partition queues of record batches waiting to be sent (Kafka RecordAccumulator).
///
/// Records are appended to the last open batch of their partition; a batch closes when it
/// reaches `batch.size`. A partition is ready to send when its first batch is closed, has
/// waited `linger.ms`, is being flushed, or is due for a retry, and the partition has no batch in
/// flight (one in-flight batch per partition keeps records in order across retries, as the Java
/// client's muted partitions do). Pure state: time comes in as arguments, and `Completion` is
/// whatever the owner resumes when a record is done (continuations in `KafkaProducer`).
public struct RecordAccumulator<Completion> {
    /// One batch: its builder while open, its encoded bytes once sent, the records' completions.
    public struct Batch {
        public let id: Int
        public let topicPartition: TopicPartition
        public var builder: RecordBatchBuilder
        /// One per record, in append order.
        public var completions: [Completion]
        /// The create timestamps of the records, in append order (to report them back).
        public var timestamps: [Int64]
        /// Buffer-memory bytes held by the batch's records.
        public var reservedBytes: Int
        public let createdAt: ContinuousClock.Instant
        /// No more records go into it.
        public var isClosed = false
        /// How many times it was sent.
        public var attempts = 0
        /// Not before this time (retry backoff).
        public var retryAt: ContinuousClock.Instant?
        /// The encoded batch once built for sending (kept for retries, so the bytes and the
        /// sequence numbers stay the same).
        public var encoded: ByteBuffer?

        public var recordCount: Int { self.completions.count }
    }

    public let batchSize: Int
    public let linger: Duration
    private let makeBuilder: @Sendable () -> RecordBatchBuilder
    private var queues: [TopicPartition: [Batch]] = [:]
    private var nextBatchId = 0

    /// - Parameter makeBuilder: a new, empty builder (with the producer's compression).
    public init(batchSize: Int, linger: Duration, makeBuilder: @escaping @Sendable () -> RecordBatchBuilder) {
        self.batchSize = batchSize
        self.linger = linger
        self.makeBuilder = makeBuilder
    }

    /// An upper bound of a record's encoded size in a batch (Kafka DefaultRecord.sizeInBytes with
    /// every varint at its widest).
    public static func estimatedSize(key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader]) -> Int {
        var size = 5 + 1 + 10 + 5 + 5 + (key?.readableBytes ?? 0) + 5 + (value?.readableBytes ?? 0) + 5
        for header in headers {
            size += 5 + header.key.utf8.count + 5 + (header.value?.readableBytes ?? 0)
        }
        return size
    }

    /// Whether a record of `size` bytes would start a new batch for the partition (the moment a
    /// sticky partitioner moves on, KIP-480).
    public func wouldCreateNewBatch(for topicPartition: TopicPartition, recordSize: Int) -> Bool {
        guard let last = self.queues[topicPartition]?.last, !last.isClosed else { return true }
        return !last.builder.isEmpty && last.builder.uncompressedSizeInBytes + recordSize > self.batchSize
    }

    /// The result of `append`.
    public struct AppendResult: Equatable {
        /// The id of the batch the record went into.
        public var batchId: Int
        /// Whether a new batch was started for it.
        public var createdBatch: Bool
        /// Whether that batch is now full (closed) and should be sent without waiting.
        public var batchIsFull: Bool
    }

    /// Appends a record to the partition's open batch, starting a batch when needed.
    /// - Throws: the builder's `ProtocolEncodingError` (a field over 2 GiB).
    public mutating func append(
        to topicPartition: TopicPartition, timestamp: Int64, key: ByteBuffer?, value: ByteBuffer?,
        headers: [RecordHeader], completion: Completion, reservedBytes: Int, now: ContinuousClock.Instant
    ) throws -> AppendResult {
        // Taken out of the dictionary so the queue and its open batch's buffer are uniquely
        // referenced: appending then grows them in place instead of copying the batch per record.
        let needsNewBatch = self.wouldCreateNewBatch(for: topicPartition, recordSize: reservedBytes)
        var queue = self.queues.removeValue(forKey: topicPartition) ?? []
        var created = false
        if needsNewBatch {
            if !queue.isEmpty { queue[queue.count - 1].isClosed = true }
            queue.append(
                Batch(
                    id: self.nextBatchId, topicPartition: topicPartition, builder: self.makeBuilder(), completions: [],
                    timestamps: [], reservedBytes: 0, createdAt: now))
            self.nextBatchId += 1
            created = true
        }
        let index = queue.count - 1
        do {
            try queue[index].builder.append(timestamp: timestamp, key: key, value: value, headers: headers)
        } catch {
            // No empty batch for a record that did not fit (closing the one before it is harmless).
            if created { queue.removeLast() }
            if !queue.isEmpty { self.queues[topicPartition] = queue }
            throw error
        }
        queue[index].completions.append(completion)
        queue[index].timestamps.append(timestamp)
        queue[index].reservedBytes += reservedBytes
        if queue[index].builder.uncompressedSizeInBytes >= self.batchSize { queue[index].isClosed = true }
        let result = AppendResult(batchId: queue[index].id, createdBatch: created, batchIsFull: queue[index].isClosed)
        self.queues[topicPartition] = queue
        return result
    }

    /// Partitions whose first batch may be sent now, and the earliest later time another may
    /// become sendable (for the owner's timer).
    /// - Parameters:
    ///   - muted: partitions with a batch in flight; they are skipped.
    ///   - flushing: whether a flush is waiting, which makes every batch ready regardless of linger.
    public func ready(
        now: ContinuousClock.Instant, muted: Set<TopicPartition>, flushing: Bool
    ) -> (partitions: [TopicPartition], nextCheck: ContinuousClock.Instant?) {
        var ready: [TopicPartition] = []
        var nextCheck: ContinuousClock.Instant?
        func later(_ time: ContinuousClock.Instant) {
            if nextCheck == nil || time < nextCheck! { nextCheck = time }
        }
        for (topicPartition, queue) in self.queues {
            guard let first = queue.first, !muted.contains(topicPartition) else { continue }
            if let retryAt = first.retryAt, retryAt > now {
                later(retryAt)
                continue
            }
            let lingerEnd = first.createdAt + self.linger
            if first.isClosed || queue.count > 1 || flushing || first.retryAt != nil || lingerEnd <= now {
                ready.append(topicPartition)
            } else {
                later(lingerEnd)
            }
        }
        return (ready.sorted(), nextCheck)
    }

    /// Removes and returns the first batch of the partition (closing it).
    public mutating func takeFirst(of topicPartition: TopicPartition) -> Batch? {
        guard var queue = self.queues[topicPartition], !queue.isEmpty else { return nil }
        var batch = queue.removeFirst()
        batch.isClosed = true
        self.queues[topicPartition] = queue.isEmpty ? nil : queue
        return batch
    }

    /// Puts a batch back at the front of its partition's queue, to be retried after `retryAt`.
    public mutating func requeue(_ batch: Batch, retryAt: ContinuousClock.Instant) {
        var batch = batch
        batch.retryAt = retryAt
        batch.isClosed = true
        self.queues[batch.topicPartition, default: []].insert(batch, at: 0)
    }

    /// Removes and returns the batches older than `deliveryTimeout` (Kafka expires them with a
    /// TimeoutException), except in muted partitions, whose first batch is in flight.
    public mutating func expire(
        now: ContinuousClock.Instant, deliveryTimeout: Duration, muted: Set<TopicPartition>
    ) -> [Batch] {
        var expired: [Batch] = []
        for (topicPartition, queue) in self.queues where !muted.contains(topicPartition) {
            let (old, kept) = (
                queue.filter { $0.createdAt + deliveryTimeout <= now },
                queue.filter { $0.createdAt + deliveryTimeout > now }
            )
            expired += old
            self.queues[topicPartition] = kept.isEmpty ? nil : kept
        }
        return expired
    }

    /// The earliest time a queued batch will expire, for the owner's timer.
    public func nextExpiry(deliveryTimeout: Duration) -> ContinuousClock.Instant? {
        self.queues.values.compactMap { $0.first?.createdAt }.min().map { $0 + deliveryTimeout }
    }

    /// Removes and returns every queued batch (to fail them when the producer cannot go on).
    public mutating func removeAll() -> [Batch] {
        let all = self.queues.values.flatMap { $0 }
        self.queues = [:]
        return all
    }

    /// Forgets the encoded bytes of every queued batch so they are rebuilt (after the producer
    /// id changed, the sequence numbers must be assigned again).
    public mutating func resetEncoding() {
        for key in self.queues.keys {
            for index in self.queues[key]!.indices { self.queues[key]![index].encoded = nil }
        }
    }

    public var isEmpty: Bool { self.queues.isEmpty }

    /// The topics with queued batches.
    public var topics: Set<String> { Set(self.queues.keys.map(\.topic)) }

    /// The number of queued batches.
    public var batchCount: Int { self.queues.values.reduce(0) { $0 + $1.count } }
}
