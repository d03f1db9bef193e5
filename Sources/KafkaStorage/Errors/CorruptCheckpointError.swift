/// A checkpoint or metadata file that cannot be parsed (Kafka CheckpointFile.java
/// "Malformed line in checkpoint file", IOException).
public struct CorruptCheckpointError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "malformed file \(self.path): \(self.reason)" }
}
