/// A typed configuration key as Kafka's ConfigDef declares one: name, type, default, validator.
public struct ConfigDefinition: Sendable {
    public enum ValueType: String, Sendable {
        case boolean = "BOOLEAN", string = "STRING", int = "INT", short = "SHORT", long = "LONG"
        case double = "DOUBLE", list = "LIST", password = "PASSWORD"
    }

    /// A parsed value.
    public enum Value: Sendable, Equatable {
        case boolean(Bool), string(String?), int(Int32), short(Int16), long(Int64), double(Double), list([String])
        /// No value and no default (Kafka's null default), for keys whose absence means something.
        case null
    }

    public var name: String
    public var type: ValueType
    /// The default as Kafka writes it in its docs; nil means "no default" (null).
    public var defaultValue: String?
    /// Inclusive bounds for numbers.
    public var minimum: Double?
    public var maximum: Double?
    /// Allowed values for strings and list elements (case-sensitive), when restricted.
    public var allowed: [String]?

    public init(
        _ name: String, _ type: ValueType, default defaultValue: String?, minimum: Double? = nil, maximum: Double? = nil,
        allowed: [String]? = nil
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.allowed = allowed
    }

    /// Parses `text` (a property value) as this key's type and checks its validator.
    /// - Throws: `ConfigException` with Kafka's wording (`Invalid value X for configuration Y: ...`).
    public func parse(_ text: String?) throws -> Value {
        guard let raw = text else {
            switch self.type {
            case .list: return .list([])
            case .string, .password: return .string(nil)
            default: return .null
            }
        }
        let text = raw.trimmingWhitespace()
        func number<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard let value = T(text) else {
                throw ConfigException(name: self.name, value: text, reason: "Not a number of type \(self.type.rawValue)")
            }
            try self.checkRange(Double(value), text: text)
            return value
        }
        switch self.type {
        case .boolean:
            switch text.lowercased() {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default: throw ConfigException(name: self.name, value: text, reason: "Expected value to be either true or false")
            }
        case .string, .password:
            if let allowed = self.allowed, !allowed.contains(text) {
                throw ConfigException(name: self.name, value: text, reason: "String must be one of: \(allowed.joined(separator: ", "))")
            }
            return .string(text)
        case .int: return .int(try number(Int32.self))
        case .short: return .short(try number(Int16.self))
        case .long: return .long(try number(Int64.self))
        case .double:
            guard let value = Double(text) else {
                throw ConfigException(name: self.name, value: text, reason: "Not a number of type DOUBLE")
            }
            try self.checkRange(value, text: text)
            return .double(value)
        case .list:
            let items = text.isEmpty ? [] : text.split(separator: ",").map { String($0).trimmingWhitespace() }
            if let allowed = self.allowed, let bad = items.first(where: { !allowed.contains($0) }) {
                throw ConfigException(
                    name: self.name, value: bad, reason: "String must be one of: \(allowed.joined(separator: ", "))")
            }
            return .list(items)
        }
    }

    private func checkRange(_ value: Double, text: String) throws {
        if let minimum = self.minimum, value < minimum {
            let bound = minimum.rounded() == minimum ? String(Int64(minimum)) : String(minimum)
            throw ConfigException(name: self.name, value: text, reason: "Value must be at least \(bound)")
        }
        if let maximum = self.maximum, value > maximum {
            let bound = maximum.rounded() == maximum ? String(Int64(maximum)) : String(maximum)
            throw ConfigException(name: self.name, value: text, reason: "Value must be no more than \(bound)")
        }
    }
}

/// A configuration value that does not fit its key (Kafka's ConfigException wording).
public struct ConfigException: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(name: String, value: String, reason: String) {
        self.message = "Invalid value \(value) for configuration \(name): \(reason)"
    }

    public init(message: String) {
        self.message = message
    }

    public var description: String { "org.apache.kafka.common.config.ConfigException: \(self.message)" }
}

/// A failed cross-key rule (Kafka's Scala `require`, printed as `requirement failed: ...`).
public struct ConfigRequirementFailed: Error, Equatable, CustomStringConvertible {
    public var message: String

    public var description: String { "java.lang.IllegalArgumentException: requirement failed: \(self.message)" }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
