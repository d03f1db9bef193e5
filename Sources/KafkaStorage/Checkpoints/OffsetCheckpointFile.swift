/// A log dir's `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint` or
/// `replication-offset-checkpoint`: one `topic partition offset` line per partition (Kafka
/// OffsetCheckpointFile.java).
public struct OffsetCheckpointFile: Sendable {
    public static let recoveryPointFileName = "recovery-point-offset-checkpoint"
    public static let logStartOffsetFileName = "log-start-offset-checkpoint"
    public static let replicationOffsetFileName = "replication-offset-checkpoint"

    public let file: CheckpointFile

    public init(path: String) {
        self.file = CheckpointFile(path: path)
    }

    /// Writes the offsets atomically, sorted by topic and partition.
    /// - Throws: `StorageIOError`.
    public func write(_ offsets: [TopicPartition: Int64]) throws {
        let lines = offsets.sorted { $0.key < $1.key }.map { "\($0.key.topic) \($0.key.partition) \($0.value)" }
        try self.file.write(lines)
    }

    /// The offsets; empty when the file does not exist.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError`.
    public func read() throws -> [TopicPartition: Int64] {
        var offsets: [TopicPartition: Int64] = [:]
        for fields in try self.file.read(fields: 3) {
            guard let partition = Int32(fields[1]), let offset = Int64(fields[2]) else {
                throw CorruptCheckpointError(
                    path: self.file.path, reason: "malformed line \"\(fields.joined(separator: " "))\"")
            }
            offsets[TopicPartition(topic: String(fields[0]), partition: partition)] = offset
        }
        return offsets
    }
}
