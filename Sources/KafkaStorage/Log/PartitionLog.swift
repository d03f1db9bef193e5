import Foundation
import KafkaProtocol
import NIOCore

/// One partition's log: a directory of segments with offsets assigned on append, reads by offset
/// and timestamp, flushing, recovery on open, truncation and retention (Kafka UnifiedLog.java,
/// LocalLog.java, LogLoader.java).
///
/// Every method takes the log's lock, so a log may be shared between threads; reads return file
/// slices that stay valid after the lock is released. The high watermark is kept apart from the
/// log end offset: the owner (the partition, once replication exists) advances it with
/// `updateHighWatermark`.
public final class PartitionLog: @unchecked Sendable {
    public let topicPartition: TopicPartition
    /// The `<topic>-<partition>` directory.
    public let directory: String
    let clock: StorageClock
    let lock = NSLock()

    // Guarded by `lock`.
    var config: LogConfig
    /// Segments by rising base offset; never empty while open.
    var segments: [LogSegment] = []
    let producerState: ProducerStateManager
    let leaderEpochCache: LeaderEpochFileCache
    var logStartOffsetValue: Int64 = 0
    var logEndOffsetValue: Int64 = 0
    var recoveryPointValue: Int64 = 0
    var highWatermarkValue: Int64 = 0
    var lastFlushMs: Int64
    /// A roll happened: the rolled segments are flushed by the next `flushPendingRolls` (Kafka
    /// schedules that flush on its scheduler rather than in the append path).
    var pendingFlushOffset: Int64?
    /// A segment file was created since the last flush, so the directory must be forced too.
    var directoryNeedsSync = false
    var isClosed = false

    private init(topicPartition: TopicPartition, directory: String, config: LogConfig, clock: StorageClock) throws {
        self.topicPartition = topicPartition
        self.directory = directory
        self.config = config
        self.clock = clock
        self.producerState = ProducerStateManager(directory: directory)
        self.leaderEpochCache = try LeaderEpochFileCache(directory: directory)
        self.lastFlushMs = clock.milliseconds()
    }

    /// Opens the log in `directory`, creating it if needed, and recovers it (Kafka LogLoader.java).
    ///
    /// Leftover `.deleted` and `.cleaned` files are removed and `.swap` files completed. Segments
    /// with a missing or insane index, and without `hadCleanShutdown` every segment from the one
    /// holding `recoveryPoint` on, are read batch by batch: the first torn, corrupt or out-of-order
    /// batch and everything after it are cut off and the indexes rebuilt. Producer state is loaded
    /// from the newest usable snapshot and the log after it.
    /// - Parameters:
    ///   - logStartOffset: from `log-start-offset-checkpoint`; nil means the first segment's base.
    ///   - recoveryPoint: from `recovery-point-offset-checkpoint`; 0 recovers everything.
    ///   - highWatermark: from `replication-offset-checkpoint`.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError`.
    public static func open(
        directory: String,
        topicPartition: TopicPartition,
        config: LogConfig = LogConfig(),
        logStartOffset: Int64? = nil,
        recoveryPoint: Int64 = 0,
        highWatermark: Int64 = 0,
        hadCleanShutdown: Bool = false,
        clock: StorageClock = .system
    ) throws -> PartitionLog {
        try FileSystem.createDirectory(directory)
        let log = try PartitionLog(topicPartition: topicPartition, directory: directory, config: config, clock: clock)
        try log.load(
            logStartOffset: logStartOffset, recoveryPoint: recoveryPoint, highWatermark: highWatermark,
            hadCleanShutdown: hadCleanShutdown)
        return log
    }

    /// Runs `body` under the lock, failing when the log is closed.
    func locked<T>(_ body: () throws -> T) throws -> T {
        self.lock.lock()
        defer { self.lock.unlock() }
        guard !self.isClosed else { throw LogClosedError(directory: self.directory) }
        return try body()
    }

    /// Runs `body` under the lock whether or not the log is closed.
    func withLock<T>(_ body: () -> T) -> T {
        self.lock.lock()
        defer { self.lock.unlock() }
        return body()
    }

    var activeSegment: LogSegment {
        // `segments` is never empty while the log is open; a closed log keeps its last list.
        self.segments[self.segments.count - 1]
    }

    // MARK: Offsets

    /// The first offset a consumer may read (Kafka `logStartOffset`).
    public var logStartOffset: Int64 { self.withLock { self.logStartOffsetValue } }
    /// The offset the next record will get (Kafka `logEndOffset`).
    public var logEndOffset: Int64 { self.withLock { self.logEndOffsetValue } }
    /// Offsets below this are flushed to disk.
    public var recoveryPoint: Int64 { self.withLock { self.recoveryPointValue } }
    /// Offsets below this are committed (replicated); consumers read up to here.
    public var highWatermark: Int64 { self.withLock { self.highWatermarkValue } }
    /// Offsets below this hold no open transaction (Kafka `lastStableOffset`).
    public var lastStableOffset: Int64 { self.withLock { self.lastStableOffsetLocked } }
    /// The configuration in force.
    public var currentConfig: LogConfig { self.withLock { self.config } }
    /// The leader epochs and their start offsets (`leader-epoch-checkpoint`).
    public var leaderEpochs: [EpochEntry] { self.withLock { self.leaderEpochCache.entries } }
    /// Base offsets of the segments, rising.
    public var segmentBaseOffsets: [Int64] { self.withLock { self.segments.map(\.baseOffset) } }
    /// Total bytes of the segment files.
    public var size: Int { self.withLock { self.segments.reduce(0) { $0 + $1.size } } }
    /// The producer state, by producer id (for DescribeProducers and tests).
    public var producerStates: [Int64: ProducerStateEntry] { self.withLock { self.producerState.producers } }

    var lastStableOffsetLocked: Int64 {
        min(self.producerState.firstUnstableOffset ?? self.highWatermarkValue, self.highWatermarkValue)
    }

    /// Sets the high watermark, clamped to `[logStartOffset, logEndOffset]` (Kafka
    /// `updateHighWatermark`).
    /// - Returns: the value set.
    @discardableResult
    public func updateHighWatermark(_ offset: Int64) -> Int64 {
        self.withLock {
            let value = min(max(offset, self.logStartOffsetValue), self.logEndOffsetValue)
            self.highWatermarkValue = value
            self.producerState.onHighWatermarkUpdated(value)
            return value
        }
    }

    /// Replaces the configuration; segment and index sizes apply to segments created later.
    public func updateConfig(_ config: LogConfig) {
        self.withLock { self.config = config }
    }

    // MARK: Loading

    private func load(logStartOffset: Int64?, recoveryPoint: Int64, highWatermark: Int64, hadCleanShutdown: Bool) throws
    {
        let now = self.clock.milliseconds()
        try self.completeSwapFiles()
        var loaded: [(segment: LogSegment, needsRecovery: Bool)] = []
        let files = try FileSystem.list(self.directory).compactMap { LogFileName(parsing: $0) }.filter {
            $0.marker == nil
        }
        let logOffsets = Set(files.filter { $0.kind == .log }.map(\.baseOffset))
        for file in files where file.kind == .index || file.kind == .timeIndex || file.kind == .transactionIndex {
            // Kafka LogLoader.java: an index without its log is an orphan, deleted.
            if !logOffsets.contains(file.baseOffset) {
                try FileSystem.removeFile(file.path(in: self.directory))
            }
        }
        for baseOffset in logOffsets.sorted() {
            let (segment, missingIndex) = try LogSegment.open(
                directory: self.directory, baseOffset: baseOffset, config: self.config, nowMs: now)
            var needsRecovery = missingIndex
            if !needsRecovery {
                do {
                    try segment.sanityCheck()
                    try segment.loadState()
                } catch {
                    needsRecovery = true
                }
            }
            loaded.append((segment, needsRecovery))
        }
        self.segments = loaded.map(\.segment)
        let firstBase = self.segments.first?.baseOffset ?? (logStartOffset ?? 0)
        self.logStartOffsetValue = max(logStartOffset ?? firstBase, firstBase)

        // Segments from the one holding the recovery point on were not known to be on disk.
        var recoverFrom = self.segments.count
        if !hadCleanShutdown {
            recoverFrom = self.segments.lastIndex { $0.baseOffset <= recoveryPoint } ?? 0
        }
        var index = 0
        while index < loaded.count {
            let segment = loaded[index].segment
            if index >= recoverFrom || loaded[index].needsRecovery {
                let truncated = try self.recoverSegment(segment)
                if truncated > 0 && index >= recoverFrom {
                    // Kafka LogLoader.java `recoverLog`: after an invalid batch, the rest of the log goes.
                    for later in loaded[(index + 1)...] {
                        try later.segment.deleteFiles()
                    }
                    loaded.removeSubrange((index + 1)...)
                    self.segments = loaded.map(\.segment)
                    break
                }
            }
            index += 1
        }
        if self.segments.isEmpty {
            let (segment, _) = try LogSegment.open(
                directory: self.directory, baseOffset: self.logStartOffsetValue, config: self.config, nowMs: now,
                create: true)
            self.segments = [segment]
            self.directoryNeedsSync = true
        }
        self.logEndOffsetValue = self.activeSegment.nextOffset
        self.recoveryPointValue = hadCleanShutdown ? self.logEndOffsetValue : min(recoveryPoint, self.logEndOffsetValue)
        try self.activeSegment.resizeIndexes(self.config.segmentIndexBytes)
        try self.leaderEpochCache.truncateFromEnd(self.logEndOffsetValue)
        try self.leaderEpochCache.truncateFromStart(self.logStartOffsetValue)
        try self.rebuildProducerState(upTo: self.logEndOffsetValue)
        self.highWatermarkValue = min(max(highWatermark, self.logStartOffsetValue), self.logEndOffsetValue)
    }

    /// Completes an interrupted swap (Kafka LogLoader.java `load`): `.cleaned` files and swap
    /// files not older than them are leftovers of an unfinished cleaning and are deleted; a
    /// remaining `.log.swap` replaces the segments its offsets cover; `.deleted` files are removed.
    private func completeSwapFiles() throws {
        var minCleanedOffset = Int64.max
        var swaps: [LogFileName] = []
        for name in try FileSystem.list(self.directory) {
            let path = self.directory + "/" + name
            if name.hasSuffix(".tmp") {
                // A checkpoint or snapshot whose atomic write was interrupted.
                try FileSystem.removeFile(path)
                continue
            }
            guard let file = LogFileName(parsing: name) else { continue }
            switch file.marker {
            case .deleted?:
                try FileSystem.removeFile(path)
            case .cleaned?:
                minCleanedOffset = min(minCleanedOffset, file.baseOffset)
                try FileSystem.removeFile(path)
            case .swap?:
                swaps.append(file)
            case nil:
                continue
            }
        }
        var validSwaps: [LogFileName] = []
        for file in swaps {
            if file.baseOffset >= minCleanedOffset {
                try FileSystem.removeFile(file.path(in: self.directory))
            } else {
                validSwaps.append(file)
            }
        }
        guard !validSwaps.isEmpty else { return }
        var minSwapOffset = Int64.max
        var maxSwapOffset = Int64.min
        for file in validSwaps where file.kind == .log {
            let (segment, _) = try LogSegment.open(
                directory: self.directory, baseOffset: file.baseOffset, config: self.config,
                nowMs: self.clock.milliseconds(), marker: .swap)
            _ = try segment.recover(maxIndexSize: self.config.segmentIndexBytes) { _ in }
            minSwapOffset = min(minSwapOffset, segment.baseOffset)
            maxSwapOffset = max(maxSwapOffset, segment.nextOffset)
        }
        for name in try FileSystem.list(self.directory) {
            guard let file = LogFileName(parsing: name), file.marker == nil else { continue }
            if file.baseOffset >= minSwapOffset && file.baseOffset < maxSwapOffset {
                try FileSystem.removeFile(file.path(in: self.directory))
            }
        }
        // The swap segment's rebuilt indexes are swap files too: list the directory again.
        for name in try FileSystem.list(self.directory) {
            guard let file = LogFileName(parsing: name), file.marker == .swap else { continue }
            var live = file
            live.marker = nil
            try FileSystem.rename(file.path(in: self.directory), to: live.path(in: self.directory))
        }
        try FileSystem.syncDirectory(self.directory)
    }

    /// Recovers one segment with producer state brought up to its base offset first, so that its
    /// transaction index can be rebuilt (Kafka LogLoader.java `recoverSegment`).
    /// - Returns: bytes cut from its end.
    private func recoverSegment(_ segment: LogSegment) throws -> Int {
        if self.producerState.mapEndOffset != segment.baseOffset {
            try self.producerState.truncateAndReload(
                logStartOffset: self.logStartOffsetValue, logEndOffset: segment.baseOffset)
            try self.replayProducerState(from: self.producerState.mapEndOffset, to: segment.baseOffset)
        }
        let truncated = try segment.recover(maxIndexSize: self.config.segmentIndexBytes) { batch in
            guard case .magic2(let recordBatch) = batch else { return }
            if recordBatch.partitionLeaderEpoch >= 0 {
                try self.leaderEpochCache.assign(
                    epoch: recordBatch.partitionLeaderEpoch, startOffset: recordBatch.baseOffset)
            }
            try self.updateProducerState(with: recordBatch, transactionIndex: segment.transactionIndex)
        }
        try segment.offsetIndex.file.trimToValidSize()
        self.producerState.updateMapEndOffset(segment.nextOffset)
        // Kafka takes a snapshot after each recovered segment so later ones need not replay it.
        try self.producerState.takeSnapshot()
        return truncated
    }

    /// Feeds one batch to producer state as a replica would, writing aborted transactions to
    /// `transactionIndex` when given (Kafka LogSegment.java `updateProducerState`).
    func updateProducerState(with batch: RecordBatch, transactionIndex: TransactionIndex?) throws {
        if batch.producerId >= 0 {
            let info = try ProducerBatchInfo(batch: batch)
            let update = try self.producerState.prepare([info], origin: .replication)
            for transaction in self.producerState.apply(update) {
                let lastStableOffset = self.producerState.lastStableOffset(completing: transaction)
                if transaction.isAborted, let transactionIndex, let lastOffset = transaction.lastOffset {
                    try transactionIndex.append(
                        AbortedTransaction(
                            producerId: transaction.producerId, firstOffset: transaction.firstOffset,
                            lastOffset: lastOffset, lastStableOffset: lastStableOffset))
                }
                self.producerState.complete(transaction)
            }
        }
        self.producerState.updateMapEndOffset(batch.nextOffset)
    }

    /// Loads the newest snapshot at or below `offset` and replays the log from there (Kafka
    /// UnifiedLog.java `rebuildProducerState`).
    func rebuildProducerState(upTo offset: Int64) throws {
        let latestSnapshot = try self.producerState.snapshotOffsets().last ?? -1
        if self.producerState.mapEndOffset != offset || latestSnapshot > offset {
            try self.producerState.truncateAndReload(logStartOffset: self.logStartOffsetValue, logEndOffset: offset)
            let from = self.producerState.mapEndOffset
            try self.replayProducerState(from: from, to: offset)
            self.producerState.updateMapEndOffset(offset)
            if from < offset {
                try self.producerState.takeSnapshot()
            }
        }
        self.producerState.updateMapEndOffset(offset)
    }

    /// Replays batches in `[from, to)` into producer state, without touching transaction indexes.
    private func replayProducerState(from: Int64, to: Int64) throws {
        guard from < to else { return }
        for segment in self.segments where segment.nextOffset > from && segment.baseOffset < to {
            var position = try segment.translateOffset(max(from, segment.baseOffset))?.position ?? segment.size
            while position < segment.size {
                let chunk = try segment.log.read(at: position, length: min(8 * 1024 * 1024, segment.size - position))
                var batches = MemoryRecords(chunk).batches()
                var progressed = false
                while let batch = try batches.next() {
                    progressed = true
                    guard case .magic2(let recordBatch) = batch else { continue }
                    if recordBatch.baseOffset >= to { return }
                    try self.updateProducerState(with: recordBatch, transactionIndex: nil)
                }
                position += batches.validBytes
                if !progressed {
                    // One batch larger than the chunk: read it whole.
                    guard let header = try segment.batchHeader(at: position) else { break }
                    let whole = try segment.log.read(at: position, length: header.size)
                    var wholeBatches = MemoryRecords(whole).batches()
                    if case .magic2(let recordBatch)? = try wholeBatches.next() {
                        if recordBatch.baseOffset >= to { return }
                        try self.updateProducerState(with: recordBatch, transactionIndex: nil)
                    }
                    position += header.size
                }
            }
        }
    }

    // MARK: Closing

    /// Writes a producer snapshot at the log end and trims the indexes (Kafka UnifiedLog.java
    /// `close`). Call `flush` first for a clean shutdown. Later calls throw `LogClosedError`.
    /// - Throws: `StorageIOError`.
    public func close() throws {
        try self.locked {
            self.producerState.updateMapEndOffset(self.logEndOffsetValue)
            try self.producerState.takeSnapshot()
            for segment in self.segments {
                try segment.close()
            }
            self.isClosed = true
        }
    }

    /// Closes the log and removes its directory (Kafka `delete`).
    /// - Throws: `StorageIOError`.
    public func delete() throws {
        try self.locked {
            self.isClosed = true
            try FileSystem.removeTree(self.directory)
        }
    }
}
