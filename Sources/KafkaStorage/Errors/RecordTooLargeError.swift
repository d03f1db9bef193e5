/// A batch is larger than `max.message.bytes` (Kafka RecordTooLargeException.java, error
/// MESSAGE_TOO_LARGE) or than a segment can hold (Kafka RecordBatchTooLargeException.java).
public struct RecordTooLargeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The batch size in bytes, log overhead included.
    public var size: Int
    /// The limit it broke.
    public var limit: Int

    public init(size: Int, limit: Int) {
        self.size = size
        self.limit = limit
    }

    public var description: String { "record batch of \(self.size) bytes exceeds the limit of \(self.limit)" }
}
