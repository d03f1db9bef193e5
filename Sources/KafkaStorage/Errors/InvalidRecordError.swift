/// A well-formed batch that the log refuses: inconsistent record count, a control batch from a
/// client, an old magic, a non-zero client base offset (Kafka InvalidRecordException.java, error
/// INVALID_RECORD).
public struct InvalidRecordError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { "invalid record batch: \(self.reason)" }
}
