import Foundation
import KafkaProtocol

/// A partition's `partition.metadata`: `version: 0` and `topic_id: <uuid>` lines (Kafka
/// PartitionMetadataFile.java).
public struct PartitionMetadataFile: Sendable {
    public static let fileName = "partition.metadata"
    public let path: String

    public init(directory: String) {
        self.path = directory + "/" + Self.fileName
    }

    /// Writes the topic id atomically.
    /// - Throws: `StorageIOError`.
    public func write(topicId: Uuid) throws {
        try FileSystem.writeAtomically("version: 0\ntopic_id: \(topicId)\n", to: self.path)
    }

    /// The topic id, nil when the file does not exist.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError` for a bad version or id.
    public func read() throws -> Uuid? {
        guard let text = try FileSystem.readText(self.path) else { return nil }
        let lines = text.split(separator: "\n")
        guard lines.count >= 2, lines[0].trimmingCharacters(in: .whitespaces) == "version: 0" else {
            throw CorruptCheckpointError(path: self.path, reason: "expected \"version: 0\"")
        }
        let prefix = "topic_id: "
        guard lines[1].hasPrefix(prefix),
            let id = Uuid(String(lines[1].dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
        else {
            throw CorruptCheckpointError(path: self.path, reason: "expected \"topic_id: <uuid>\"")
        }
        return id
    }
}
