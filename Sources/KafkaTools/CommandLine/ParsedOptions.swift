/// The result of `OptionParser.parse`: which options were given, with their values converted and
/// checked, plus Kafka's validation helpers (CommandLineUtils.java) that throw `ToolError`s.
///
/// Values are looked up by the same `OptionSpec` values the tool declared; asking for an option the
/// parser does not know is a programming error and traps.
public struct ParsedOptions: Sendable {
    /// Every declared option, in declaration order.
    public let options: [OptionSpec]
    /// Tokens that are not options or their arguments, in order.
    public let positionalArguments: [String]
    /// Per given option name, the values of all occurrences, split at the separator (a flag or an
    /// optional argument left out contributes no value).
    private let valuesByName: [String: [String]]
    private let declared: Set<String>

    /// Checks conversions and repeats, in declaration order (Kafka reads the values in that order).
    ///
    /// - Throws: `OptionParseError.cannotParseArgument`, `.multipleArguments`.
    init(options: [OptionSpec], occurrences: [String: [String?]], positionalArguments: [String]) throws {
        self.options = options
        self.positionalArguments = positionalArguments
        self.declared = Set(options.map(\.name))
        var valuesByName: [String: [String]] = [:]
        for option in options {
            guard let given = occurrences[option.name] else { continue }
            var values: [String] = []
            for value in given.compactMap({ $0 }) {
                if let separator = option.valueSeparator {
                    values.append(
                        contentsOf: value.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
                    )
                } else {
                    values.append(value)
                }
            }
            for value in values where !option.accepts(value) {
                throw OptionParseError.cannotParseArgument(value: value, option: option.name)
            }
            if !option.isRepeatable && option.valueSeparator == nil && values.count > 1 {
                throw OptionParseError.multipleArguments(option.name)
            }
            valuesByName[option.name] = values
        }
        self.valuesByName = valuesByName
    }

    private func check(_ option: OptionSpec) {
        precondition(self.declared.contains(option.name), "option --\(option.name) was not declared to the parser")
    }

    /// Whether the option appears on the command line.
    public func has(_ option: OptionSpec) -> Bool {
        self.check(option)
        return self.valuesByName[option.name] != nil
    }

    /// The given values of the option (all occurrences, split), or its default when it has none.
    public func values(_ option: OptionSpec) -> [String] {
        self.check(option)
        if let values = self.valuesByName[option.name], !values.isEmpty {
            return values
        }
        return option.defaultValue.map { [$0] } ?? []
    }

    /// The single value of the option, or its default; nil when neither exists.
    public func value(_ option: OptionSpec) -> String? {
        self.values(option).first
    }

    /// The value as a Java `Integer` (checked when parsing; the default must convert too).
    public func integer(_ option: OptionSpec) -> Int32? {
        self.value(option).flatMap { OptionSpec.parseInteger($0, as: Int32.self) }
    }

    /// The value as a Java `Long`.
    public func long(_ option: OptionSpec) -> Int64? {
        self.value(option).flatMap { OptionSpec.parseInteger($0, as: Int64.self) }
    }

    /// The value as a Java `Double`.
    public func double(_ option: OptionSpec) -> Double? {
        self.value(option).flatMap { OptionSpec.parseDouble($0) }
    }

    // MARK: - Validation (Kafka CommandLineUtils.java); failures print usage and exit 1.

    /// Fails on the first declared required option that is absent, or on the first of `options`.
    ///
    /// - Throws: `ToolError("Missing required argument \"[name]\"", exitCode: 1, showUsage: true)`.
    public func checkRequired(_ options: [OptionSpec]? = nil) throws {
        for option in options ?? self.options.filter(\.isRequired) where !self.has(option) {
            throw ToolError("Missing required argument \"\(option.rendered)\"", exitCode: 1, showUsage: true)
        }
    }

    /// When `used` is given, fails on the first of `invalid` that is given too.
    ///
    /// - Throws: `ToolError("Option \"[a]\" can't be used with option \"[b]\"", ...)`.
    public func checkInvalid(used: OptionSpec, invalid: [OptionSpec]) throws {
        guard self.has(used) else { return }
        for option in invalid where self.has(option) {
            throw ToolError(
                "Option \"\(used.rendered)\" can't be used with option \"\(option.rendered)\"", exitCode: 1,
                showUsage: true)
        }
    }

    /// When all of `usedCombination` are given, fails on the first of `invalid` that is given too.
    ///
    /// - Throws: `ToolError("Option combination \"[[a], [b]]\" can't be used with option \"[c]\"<trailing>")`.
    public func checkInvalid(usedCombination: [OptionSpec], invalid: [OptionSpec], trailingMessage: String = "") throws
    {
        guard usedCombination.allSatisfy({ self.has($0) }) else { return }
        for option in invalid where self.has(option) {
            throw ToolError(
                "Option combination \"\(Self.render(usedCombination))\" can't be used with option "
                    + "\"\(option.rendered)\"\(trailingMessage)", exitCode: 1, showUsage: true)
        }
    }

    /// A set of options as jopt renders a Java collection of specs: `[[a], [b]]`.
    public static func render(_ options: [OptionSpec]) -> String {
        "[" + options.map(\.rendered).joined(separator: ", ") + "]"
    }
}
