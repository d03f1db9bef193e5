/// The text checkpoint format Kafka uses for offsets and leader epochs: a version line (0), a
/// count line, then one entry per line with fields separated by single spaces (Kafka
/// CheckpointFile.java, CheckpointFileWithFailureHandler.java).
///
/// Writes are atomic: a temporary file is written, forced to disk and renamed over the old one.
public struct CheckpointFile: Sendable {
    public let path: String
    public static let currentVersion = 0

    public init(path: String) {
        self.path = path
    }

    /// Writes `lines` (each already formatted, e.g. `topic 0 42`) atomically.
    /// - Throws: `StorageIOError`.
    public func write(_ lines: [String]) throws {
        var text = "\(Self.currentVersion)\n\(lines.count)\n"
        for line in lines {
            text += line
            text += "\n"
        }
        try FileSystem.writeAtomically(text, to: self.path)
    }

    /// The entry lines, each split into its fields; empty when the file does not exist.
    /// - Parameter fields: the number of fields each line must have.
    /// - Throws: `StorageIOError`, or `CorruptCheckpointError` for a bad version, count or line.
    public func read(fields: Int) throws -> [[Substring]] {
        guard let text = try FileSystem.readText(self.path) else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard lines.count >= 2 else {
            throw CorruptCheckpointError(path: self.path, reason: "missing version or count line")
        }
        guard Int(lines[0]) == Self.currentVersion else {
            throw CorruptCheckpointError(path: self.path, reason: "unrecognized version \(lines[0])")
        }
        guard let count = Int(lines[1]), count >= 0, count == lines.count - 2 else {
            throw CorruptCheckpointError(
                path: self.path, reason: "expected \(lines[1]) entries, found \(lines.count - 2)")
        }
        return try lines.dropFirst(2).map { line in
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == fields, parts.allSatisfy({ !$0.isEmpty }) else {
                throw CorruptCheckpointError(path: self.path, reason: "malformed line \"\(line)\"")
            }
            return parts
        }
    }
}
