/// One command-line option, declared once as data: the parser, the `--help` table, man pages and
/// shell completions all read the same declarations (Kafka CommandDefaultOptions.java keeps a tool's
/// jopt-simple `OptionSpec`s in one class for the same reason).
///
/// Options are long only (`--name`). An option either takes no argument (a flag), requires one, or
/// takes an optional one; see `OptionParser` for how each is spelled on the command line.
public struct OptionSpec: Hashable, Sendable {
    /// Whether and how the option takes an argument.
    public enum ArgumentKind: Hashable, Sendable {
        /// A flag: `--name`.
        case none
        /// `--name value` or `--name=value`; the next token is taken whatever it looks like.
        case required
        /// `--name`, `--name=value`, or `--name value` when the next token does not look like an option.
        case optional
    }

    /// The Java type an argument converts to; the name appears in the help table as jopt-simple
    /// prints it (`<Integer: size>`), and conversion failures give jopt's message.
    public enum ArgumentType: String, Hashable, Sendable {
        /// Any text.
        case string = "String"
        /// A 32-bit signed decimal (Java `Integer`).
        case integer = "Integer"
        /// A 64-bit signed decimal (Java `Long`).
        case long = "Long"
        /// A floating-point number (Java `Double`).
        case double = "Double"
    }

    /// The name without dashes, e.g. `bootstrap-server`.
    public var name: String
    /// The help text.
    public var description: String
    /// None, required or optional argument.
    public var argumentKind: ArgumentKind
    /// What the argument converts to.
    public var argumentType: ArgumentType
    /// The argument's name in the help table (`<String: server to connect to>`); nil shows the type only.
    public var argumentName: String?
    /// The value used when the option is absent (or given without its optional argument), as text.
    public var defaultValue: String?
    /// Whether the tool fails with `Missing required argument "[name]"` when the option is absent.
    public var isRequired: Bool
    /// Whether the option may be given several times (each occurrence adds values).
    public var isRepeatable: Bool
    /// Splits each argument into several values at this character (jopt `withValuesSeparatedBy`).
    public var valueSeparator: Character?

    public init(
        name: String, description: String, argumentKind: ArgumentKind = .none, argumentType: ArgumentType = .string,
        argumentName: String? = nil, defaultValue: String? = nil, isRequired: Bool = false,
        isRepeatable: Bool = false, valueSeparator: Character? = nil
    ) {
        self.name = name
        self.description = description
        self.argumentKind = argumentKind
        self.argumentType = argumentType
        self.argumentName = argumentName
        self.defaultValue = defaultValue
        self.isRequired = isRequired
        self.isRepeatable = isRepeatable
        self.valueSeparator = valueSeparator
    }

    /// A flag without argument.
    public static func flag(_ name: String, description: String) -> OptionSpec {
        OptionSpec(name: name, description: description)
    }

    /// An option with a required argument.
    public static func required(
        _ name: String, _ argumentName: String?, type: ArgumentType = .string, default defaultValue: String? = nil,
        required isRequired: Bool = false, repeatable: Bool = false, separator: Character? = nil,
        description: String
    ) -> OptionSpec {
        OptionSpec(
            name: name, description: description, argumentKind: .required, argumentType: type,
            argumentName: argumentName, defaultValue: defaultValue, isRequired: isRequired, isRepeatable: repeatable,
            valueSeparator: separator)
    }

    /// An option whose argument may be left out.
    public static func optional(
        _ name: String, _ argumentName: String?, type: ArgumentType = .string, default defaultValue: String? = nil,
        description: String
    ) -> OptionSpec {
        OptionSpec(
            name: name, description: description, argumentKind: .optional, argumentType: type,
            argumentName: argumentName, defaultValue: defaultValue)
    }

    /// `--help`, which every jopt-style tool has (CommandDefaultOptions.java).
    public static let help = OptionSpec.flag("help", description: "Print usage information.")
    /// `--version`, which every jopt-style tool has (CommandDefaultOptions.java).
    public static let version = OptionSpec.flag("version", description: "Display Kafka version.")

    /// The option as Kafka's validation messages render it: `[name]` (jopt `OptionSpec.toString`).
    public var rendered: String { "[\(self.name)]" }

    /// Whether `text` converts to this option's argument type, as Java's `valueOf` would accept it.
    public func accepts(_ text: String) -> Bool {
        switch self.argumentType {
        case .string: return true
        case .integer: return Self.parseInteger(text, as: Int32.self) != nil
        case .long: return Self.parseInteger(text, as: Int64.self) != nil
        case .double: return Self.parseDouble(text) != nil
        }
    }

    /// Java `Integer.valueOf` / `Long.valueOf`: optional sign, decimal digits, in range.
    static func parseInteger<T: FixedWidthInteger & SignedInteger>(_ text: String, as type: T.Type) -> T? {
        guard let first = text.utf8.first else { return nil }
        let digits = (first == UInt8(ascii: "+") || first == UInt8(ascii: "-")) ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return T(text)
    }

    /// Java `Double.valueOf` for the spellings people type: decimal and exponent forms, `NaN`,
    /// `Infinity`, surrounding whitespace (which Java trims).
    static func parseDouble(_ text: String) -> Double? {
        let trimmed = text.trimmingJavaWhitespace()
        switch trimmed {
        case "NaN", "+NaN", "-NaN": return .nan
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        guard !trimmed.isEmpty,
            trimmed.utf8.allSatisfy({
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || "+-.eE".utf8.contains($0)
            })
        else {
            return nil
        }
        return Double(trimmed)
    }
}

extension String {
    /// Drops spaces and control characters at both ends, as Java's `String.trim` does.
    func trimmingJavaWhitespace() -> String {
        let set: Set<Character> = [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}"]
        guard let start = self.firstIndex(where: { !set.contains($0) }) else { return "" }
        let end = self.lastIndex(where: { !set.contains($0) }) ?? start
        return String(self[start...end])
    }
}
