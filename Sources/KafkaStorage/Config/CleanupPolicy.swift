import Foundation

/// A topic's `cleanup.policy`: `delete`, `compact`, or both (Kafka TopicConfig.java
/// `CLEANUP_POLICY_*`). With neither, only the log start offset removes segments.
public struct CleanupPolicy: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Whole segments are deleted by `retention.ms` and `retention.bytes`.
    public static let delete = CleanupPolicy(rawValue: 1)
    /// The log cleaner keeps the latest record per key.
    public static let compact = CleanupPolicy(rawValue: 2)

    /// Parses Kafka's comma-separated list, e.g. `compact,delete`; nil for an unknown name.
    public init?(list: String) {
        var policy = CleanupPolicy()
        for item in list.split(separator: ",") {
            switch item.trimmingCharacters(in: .whitespaces) {
            case "delete": policy.insert(.delete)
            case "compact": policy.insert(.compact)
            default: return nil
            }
        }
        self = policy
    }

    public var description: String {
        var names: [String] = []
        if self.contains(.compact) { names.append("compact") }
        if self.contains(.delete) { names.append("delete") }
        return names.joined(separator: ",")
    }
}
