import Foundation

/// Compacts the logs of a `LogManager` whose `cleanup.policy` includes `compact`, on a background
/// thread or on demand, remembering per partition where the dirty section starts in each log
/// dir's `cleaner-offset-checkpoint` (Kafka LogCleaner.java, LogCleanerManager.java).
public final class LogCleaner: @unchecked Sendable {
    public static let checkpointFileName = "cleaner-offset-checkpoint"

    let logManager: LogManager
    private let lock = NSLock()
    private var checkpoints: [TopicPartition: Int64] = [:]
    private let condition = NSCondition()
    private var isStopping = false
    private var thread: Thread?

    /// Reads the cleaner checkpoints of every log dir.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError`.
    public init(logManager: LogManager) throws {
        self.logManager = logManager
        for dir in logManager.logDirs {
            let offsets = try OffsetCheckpointFile(path: dir + "/" + Self.checkpointFileName).read()
            self.checkpoints.merge(offsets) { _, new in new }
        }
    }

    /// The first dirty offset recorded for a partition.
    public func checkpoint(for topicPartition: TopicPartition) -> Int64? {
        self.lock.lock()
        defer { self.lock.unlock() }
        return self.checkpoints[topicPartition]
    }

    /// Cleans every compacted log whose dirty ratio reaches `min.cleanable.dirty.ratio` (or whose
    /// `max.compaction.lag.ms` passed, or all with `force`), then writes the checkpoints.
    /// - Returns: what each cleaned log went through.
    /// - Throws: `StorageIOError`, `CorruptRecordError`.
    @discardableResult
    public func cleanOnce(force: Bool = false) throws -> [TopicPartition: CompactionResult] {
        self.lock.lock()
        defer { self.lock.unlock() }
        var results: [TopicPartition: CompactionResult] = [:]
        let logs = self.logManager.allLogs
        for (topicPartition, log) in logs.sorted(by: { $0.key < $1.key }) {
            guard log.currentConfig.cleanupPolicy.contains(.compact) else { continue }
            guard let result = try log.compact(checkpoint: self.checkpoints[topicPartition], force: force) else {
                continue
            }
            self.checkpoints[topicPartition] = result.endOffset
            results[topicPartition] = result
        }
        // Partitions no longer hosted drop out of the checkpoints.
        self.checkpoints = self.checkpoints.filter { logs[$0.key] != nil }
        for dir in self.logManager.logDirs {
            let here = self.checkpoints.filter { self.logManager.logDir(of: $0.key) == dir }
            try OffsetCheckpointFile(path: dir + "/" + Self.checkpointFileName).write(here)
        }
        return results
    }

    /// Starts the background thread, cleaning every `intervalMs` (Kafka `log.cleaner.backoff.ms`).
    public func start(intervalMs: Int64 = 15_000) {
        self.condition.lock()
        defer { self.condition.unlock() }
        guard self.thread == nil else { return }
        self.isStopping = false
        let thread = Thread { [self] in
            while true {
                self.condition.lock()
                let stopping = self.isStopping
                self.condition.unlock()
                if stopping { return }
                // A failed pass is retried on the next round; Kafka marks the partition uncleanable.
                _ = try? self.cleanOnce()
                self.condition.lock()
                if !self.isStopping {
                    _ = self.condition.wait(until: Date(timeIntervalSinceNow: Double(intervalMs) / 1000))
                }
                self.condition.unlock()
            }
        }
        thread.name = "kafka-log-cleaner"
        self.thread = thread
        thread.start()
    }

    /// Stops the background thread after its current pass.
    public func stop() {
        self.condition.lock()
        self.isStopping = true
        self.thread = nil
        self.condition.broadcast()
        self.condition.unlock()
    }
}
