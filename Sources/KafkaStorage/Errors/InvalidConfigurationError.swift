/// A topic or broker configuration value that cannot be used (Kafka ConfigException.java, error
/// INVALID_CONFIG).
public struct InvalidConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var name: String
    public var value: String
    public var reason: String

    public init(name: String, value: String, reason: String) {
        self.name = name
        self.value = value
        self.reason = reason
    }

    public var description: String { "invalid value \(self.value) for configuration \(self.name): \(self.reason)" }
}
