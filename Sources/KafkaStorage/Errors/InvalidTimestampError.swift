/// A create-time timestamp outside `[now - message.timestamp.before.max.ms, now +
/// message.timestamp.after.max.ms]` (Kafka InvalidTimestampException.java, error INVALID_TIMESTAMP).
public struct InvalidTimestampError: Error, Equatable, Sendable, CustomStringConvertible {
    public var timestamp: Int64
    public var now: Int64
    public var reason: String

    public init(timestamp: Int64, now: Int64, reason: String) {
        self.timestamp = timestamp
        self.now = now
        self.reason = reason
    }

    public var description: String { "timestamp \(self.timestamp) is out of range at \(self.now): \(self.reason)" }
}
