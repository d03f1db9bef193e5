/// An index file failed its sanity check or holds entries that cannot be right (Kafka
/// CorruptIndexException.java). Recovery rebuilds the index from the log when it sees this.
public struct CorruptIndexError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The index file.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "corrupt index \(self.path): \(self.reason)" }
}
