/// A configuration that cannot be used, naming the key (Kafka ConfigException).
public struct KafkaConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The property name, e.g. `linger.ms`.
    public var key: String
    /// The value given; nil when the key is missing.
    public var value: String?
    /// Why the value is refused.
    public var reason: String

    public init(key: String, value: String?, reason: String) {
        self.key = key
        self.value = value
        self.reason = reason
    }

    public var description: String {
        guard let value = self.value else {
            return "Missing required configuration \"\(self.key)\" which has no default value."
        }
        return "Invalid value \(value) for configuration \(self.key): \(self.reason)"
    }
}
