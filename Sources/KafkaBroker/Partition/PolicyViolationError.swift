import KafkaStorage

/// A request the topic's configuration forbids, such as DeleteRecords on a compacted-only topic
/// (Kafka PolicyViolationException.java, error POLICY_VIOLATION).
public struct PolicyViolationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { self.message }
}
