/// Reads typed values out of a Kafka-style `[String: String]` properties map, remembering which
/// keys were used so the rest can be reported (Kafka AbstractConfig.logUnused).
///
/// Parsing follows Kafka's ConfigDef: integers in decimal, booleans `true`/`false` in any case,
/// lists comma-separated with spaces trimmed. A value that does not parse or is out of range
/// throws `KafkaConfigError` naming the key.
public struct ConfigReader: Sendable {
    public let properties: [String: String]
    public private(set) var usedKeys: Set<String> = []

    public init(_ properties: [String: String]) {
        self.properties = properties
    }

    /// The keys nobody asked for, sorted.
    public var unknownKeys: [String] { self.properties.keys.filter { !self.usedKeys.contains($0) }.sorted() }

    /// Kafka's warning for each unknown key.
    public var unknownKeyWarnings: [String] {
        self.unknownKeys.map { "The configuration '\($0)' was supplied but isn't a known config." }
    }

    private mutating func raw(_ key: String) -> String? {
        self.usedKeys.insert(key)
        return self.properties[key]?.trimmingWhitespace()
    }

    /// Marks keys as known without reading them (accepted for compatibility, no effect here).
    public mutating func accept(_ keys: [String]) {
        self.usedKeys.formUnion(keys)
    }

    public mutating func string(_ key: String, default defaultValue: String) -> String {
        self.raw(key) ?? defaultValue
    }

    public mutating func optionalString(_ key: String) -> String? {
        self.raw(key)
    }

    public mutating func integer(_ key: String, default defaultValue: Int, in range: ClosedRange<Int>? = nil) throws
        -> Int
    {
        guard let text = self.raw(key) else { return defaultValue }
        guard let value = Int(text) else {
            throw KafkaConfigError(key: key, value: text, reason: "Not a number of type INT")
        }
        if let range, !range.contains(value) {
            throw KafkaConfigError(key: key, value: text, reason: Self.describe(range))
        }
        return value
    }

    public mutating func boolean(_ key: String, default defaultValue: Bool) throws -> Bool {
        guard let text = self.raw(key) else { return defaultValue }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw KafkaConfigError(key: key, value: text, reason: "Expected value to be either true or false")
        }
    }

    /// A `...ms` property as a duration.
    public mutating func milliseconds(
        _ key: String, default defaultValue: Int, in range: ClosedRange<Int> = 0...Int.max
    ) throws -> Duration {
        .milliseconds(try self.integer(key, default: defaultValue, in: range))
    }

    /// A comma-separated list; empty items are dropped.
    public mutating func list(_ key: String, default defaultValue: [String]) -> [String] {
        guard let text = self.raw(key) else { return defaultValue }
        return text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// One of a fixed set of strings (Kafka ValidString / CaseInsensitiveValidString).
    public mutating func choice(
        _ key: String, default defaultValue: String, allowed: [String], caseInsensitive: Bool = true
    ) throws -> String {
        guard let text = self.raw(key) else { return defaultValue }
        let value = caseInsensitive ? text.lowercased() : text
        guard allowed.contains(value) else {
            throw KafkaConfigError(
                key: key, value: text, reason: "String must be one of: \(allowed.joined(separator: ", "))")
        }
        return value
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "Value must be at least \(range.lowerBound)" }
        if range.lowerBound == Int.min { return "Value must be no more than \(range.upperBound)" }
        return "Value must be in the range [\(range.lowerBound), \(range.upperBound)]"
    }
}
