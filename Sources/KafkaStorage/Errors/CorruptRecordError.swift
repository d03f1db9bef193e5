/// Batch bytes are damaged: a CRC mismatch, a bad size or magic, a torn header (Kafka
/// CorruptRecordException.java, error CORRUPT_MESSAGE).
public struct CorruptRecordError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { "corrupt record batch: \(self.reason)" }
}
