import Foundation
import KafkaProtocol

/// The partition logs of a broker across its log dirs (`log.dirs`) (Kafka LogManager.java).
///
/// `startup` loads every `<topic>-<partition>` directory, recovering them unless the dir has the
/// `.kafka_cleanshutdown` marker, using the recovery points and log start offsets checkpointed at
/// each dir's root. New partitions go to the dir holding the fewest. `shutdown` flushes and closes
/// every log, writes the checkpoints and the marker. Thread-safe.
public final class LogManager: @unchecked Sendable {
    /// The log dirs, in configuration order.
    public let logDirs: [String]
    /// The configuration of topics without their own.
    public let defaultConfig: LogConfig
    let clock: StorageClock
    private let lock = NSLock()
    private var logs: [TopicPartition: PartitionLog] = [:]
    /// The `meta.properties` of each dir that has one.
    public private(set) var metaProperties: [String: MetaProperties] = [:]

    /// Suffix of a partition directory being deleted (Kafka UnifiedLog.java `DeleteDirSuffix`).
    public static let deleteDirectorySuffix = "-delete"
    /// Suffix of a partition directory being moved between dirs (Kafka `FutureDirSuffix`).
    public static let futureDirectorySuffix = "-future"
    /// Suffix of a partition directory the broker no longer hosts (Kafka `StrayDirSuffix`).
    public static let strayDirectorySuffix = "-stray"

    public init(logDirs: [String], defaultConfig: LogConfig = LogConfig(), clock: StorageClock = .system) {
        self.logDirs = logDirs
        self.defaultConfig = defaultConfig
        self.clock = clock
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        self.lock.lock()
        defer { self.lock.unlock() }
        return try body()
    }

    /// Loads every partition log of every dir (Kafka LogManager.java `loadLogs`).
    /// - Parameter topicConfig: a topic's configuration, nil for the default.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError`, `InconsistentClusterIdError`,
    ///   `DuplicateLogDirectoryError`.
    /// The KRaft metadata topic, whose log the broker's metadata layer opens itself.
    public static let metadataTopic = "__cluster_metadata"

    public func startup(topicConfig: (String) -> LogConfig? = { _ in nil }) throws {
        try self.locked {
            for dir in self.logDirs {
                try FileSystem.createDirectory(dir)
                if let meta = try MetaProperties.read(logDir: dir) { self.metaProperties[dir] = meta }
            }
            let clusterIds = self.metaProperties.mapValues(\.clusterId)
            if Set(clusterIds.values).count > 1 { throw InconsistentClusterIdError(clusterIds: clusterIds) }
            for dir in self.logDirs {
                let marker = CleanShutdownFile(logDir: dir)
                let hadCleanShutdown = marker.exists
                let recoveryPoints = try OffsetCheckpointFile(
                    path: dir + "/" + OffsetCheckpointFile.recoveryPointFileName
                ).read()
                let logStartOffsets = try OffsetCheckpointFile(
                    path: dir + "/" + OffsetCheckpointFile.logStartOffsetFileName
                ).read()
                let highWatermarks = try OffsetCheckpointFile(
                    path: dir + "/" + OffsetCheckpointFile.replicationOffsetFileName
                ).read()
                for name in try FileSystem.list(dir) where FileSystem.isDirectory(dir + "/" + name) {
                    if name.hasSuffix(Self.deleteDirectorySuffix) {
                        // A deletion the last run did not finish (Kafka deletes these in the background).
                        try FileSystem.removeTree(dir + "/" + name)
                        continue
                    }
                    if name.hasSuffix(Self.futureDirectorySuffix) || name.hasSuffix(Self.strayDirectorySuffix) {
                        continue
                    }
                    guard let topicPartition = TopicPartition(directoryName: name) else { continue }
                    // The KRaft metadata partition belongs to the Raft layer, not to the log manager
                    // (Kafka LogManager skips the metadata topic's directory the same way).
                    if topicPartition.topic == Self.metadataTopic { continue }
                    if let existing = self.logs[topicPartition] {
                        throw DuplicateLogDirectoryError(
                            topicPartition: topicPartition, directories: [existing.directory, dir + "/" + name])
                    }
                    let log = try PartitionLog.open(
                        directory: dir + "/" + name, topicPartition: topicPartition,
                        config: topicConfig(topicPartition.topic) ?? self.defaultConfig,
                        logStartOffset: logStartOffsets[topicPartition],
                        recoveryPoint: recoveryPoints[topicPartition] ?? 0,
                        highWatermark: highWatermarks[topicPartition] ?? 0,
                        hadCleanShutdown: hadCleanShutdown, clock: self.clock)
                    self.logs[topicPartition] = log
                }
                // The marker only vouches for the run that wrote it (Kafka deletes it after loading).
                try marker.delete()
            }
        }
    }

    /// The log of a partition, nil when this broker has none.
    public func log(for topicPartition: TopicPartition) -> PartitionLog? {
        self.locked { self.logs[topicPartition] }
    }

    /// Every log, by partition.
    public var allLogs: [TopicPartition: PartitionLog] { self.locked { self.logs } }

    /// The log of a partition, created in the dir with the fewest partitions when missing (Kafka
    /// LogManager.java `getOrCreateLog`, `nextLogDirs`).
    /// - Parameters:
    ///   - config: the topic's configuration, the default when nil.
    ///   - topicId: written to `partition.metadata` when given.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError`.
    public func getOrCreateLog(_ topicPartition: TopicPartition, config: LogConfig? = nil, topicId: Uuid? = nil) throws
        -> PartitionLog
    {
        try self.locked {
            if let log = self.logs[topicPartition] { return log }
            let dir = self.nextLogDir()
            let directory = dir + "/" + topicPartition.directoryName
            let log = try PartitionLog.open(
                directory: directory, topicPartition: topicPartition, config: config ?? self.defaultConfig,
                hadCleanShutdown: true, clock: self.clock)
            if let topicId {
                try PartitionMetadataFile(directory: directory).write(topicId: topicId)
            }
            try FileSystem.syncDirectory(dir)
            self.logs[topicPartition] = log
            return log
        }
    }

    /// The dir holding the fewest partitions, the first of those in configuration order.
    private func nextLogDir() -> String {
        var counts: [String: Int] = [:]
        for dir in self.logDirs { counts[dir] = 0 }
        for log in self.logs.values {
            let dir = FileSystem.parent(of: log.directory)
            counts[dir, default: 0] += 1
        }
        return self.logDirs.min { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? self.logDirs[0]
    }

    /// The log dir a partition's log is in.
    public func logDir(of topicPartition: TopicPartition) -> String? {
        self.locked { self.logs[topicPartition].map { FileSystem.parent(of: $0.directory) } }
    }

    /// Deletes a partition's log: its directory is renamed `<topic>-<partition>.<uuid>-delete`, then
    /// removed (Kafka LogManager.java `asyncDelete`).
    /// - Throws: `StorageIOError`.
    public func deleteLog(_ topicPartition: TopicPartition) throws {
        try self.locked {
            guard let log = self.logs.removeValue(forKey: topicPartition) else { return }
            try? log.close()
            let dir = FileSystem.parent(of: log.directory)
            let uuid = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let renamed = dir + "/" + topicPartition.directoryName + "." + uuid + Self.deleteDirectorySuffix
            try FileSystem.rename(log.directory, to: renamed)
            try FileSystem.syncDirectory(dir)
            try FileSystem.removeTree(renamed)
        }
    }

    /// Writes each dir's `recovery-point-offset-checkpoint` and `log-start-offset-checkpoint` (Kafka
    /// `checkpointLogRecoveryOffsets`, `checkpointLogStartOffsets`; its scheduler does this every
    /// `log.flush.offset.checkpoint.interval.ms`).
    /// - Throws: `StorageIOError`.
    public func checkpointRecoveryPointsAndLogStartOffsets() throws {
        try self.locked {
            for dir in self.logDirs {
                let logs = self.logs.filter { FileSystem.parent(of: $0.value.directory) == dir }
                try OffsetCheckpointFile(path: dir + "/" + OffsetCheckpointFile.recoveryPointFileName)
                    .write(logs.mapValues(\.recoveryPoint))
                // Kafka writes only start offsets above the first segment's base offset.
                let starts = logs.compactMapValues { log -> Int64? in
                    let start = log.logStartOffset
                    return start > (log.segmentBaseOffsets.first ?? 0) ? start : nil
                }
                try OffsetCheckpointFile(path: dir + "/" + OffsetCheckpointFile.logStartOffsetFileName).write(starts)
            }
        }
    }

    /// Writes each dir's `replication-offset-checkpoint` with the high watermarks (Kafka
    /// ReplicaManager.java `checkpointHighWatermarks`).
    /// - Throws: `StorageIOError`.
    public func checkpointHighWatermarks() throws {
        try self.locked {
            for dir in self.logDirs {
                let logs = self.logs.filter { FileSystem.parent(of: $0.value.directory) == dir }
                try OffsetCheckpointFile(path: dir + "/" + OffsetCheckpointFile.replicationOffsetFileName)
                    .write(logs.mapValues(\.highWatermark))
            }
        }
    }

    /// Applies retention to every log (Kafka LogManager.java `cleanupLogs`).
    /// - Returns: segments deleted.
    /// - Throws: `StorageIOError`.
    @discardableResult
    public func cleanupLogs() throws -> Int {
        var deleted = 0
        for log in self.allLogs.values {
            deleted += try log.deleteOldSegments()
        }
        return deleted
    }

    /// Runs the flushes that are due: after rolls and by `flush.ms` (Kafka `flushDirtyLogs`).
    /// - Throws: `StorageIOError`.
    public func flushDirtyLogs() throws {
        for log in self.allLogs.values {
            try log.flushIfDue()
        }
    }

    /// Flushes and closes every log, writes the checkpoints and the clean-shutdown marker (Kafka
    /// LogManager.java `shutdown`).
    /// - Throws: `StorageIOError`.
    public func shutdown(brokerEpoch: Int64 = -1) throws {
        let logs = self.allLogs
        for log in logs.values {
            try log.flush()
        }
        try self.checkpointRecoveryPointsAndLogStartOffsets()
        try self.checkpointHighWatermarks()
        for log in logs.values {
            try log.close()
        }
        for dir in self.logDirs {
            try CleanShutdownFile(logDir: dir).write(brokerEpoch: brokerEpoch)
        }
        self.locked { self.logs.removeAll() }
    }
}
