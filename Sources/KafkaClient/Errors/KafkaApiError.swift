import KafkaProtocol

/// An error a broker answered with: its `ErrorCode` and, where the response has one, the broker's
/// own message (Kafka ApiException and its subclasses, one per code).
public struct KafkaApiError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The code the broker returned.
    public var code: ErrorCode
    /// The broker's error message, when the response carries one (CreateTopics v1+,
    /// DescribeConfigs, ...).
    public var message: String?
    /// What failed: the API and resource, e.g. "CreateTopics topic 'orders'".
    public var context: String

    public init(code: ErrorCode, message: String?, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// Whether retrying the operation may succeed.
    public var isRetriable: Bool { self.code.isRetriable }

    public var description: String {
        let text = self.message.flatMap { $0.isEmpty ? nil : $0 } ?? self.code.message
        return "\(self.context): \(self.code.name): \(text)"
    }
}
