/// A jopt-simple-style parser for long options, as Kafka's jopt-style tools configure it
/// (CommandDefaultOptions.java: `new OptionParser(false)`, so no abbreviations).
///
/// Rules, per ../shared/tools-spec/README.md and jopt-simple's OptionParser:
/// - `--name value` and `--name=value` (split at the first `=`); `-name` works as `--name` when
///   `name` is declared (jopt tries a single-dash token as a long option first); otherwise a
///   single-dash token is a cluster of short options, and we have none, so its first letter is
///   unrecognized.
/// - A required argument is the next token, whatever it looks like (jopt
///   RequiredArgumentOptionSpec), or `Option <name> requires an argument` at the end of the line.
/// - An optional argument is taken from `=value`, or from the next token when that does not start
///   with `--` (tools-spec/README.md) and converts to the option's type (jopt
///   OptionalArgumentOptionSpec leaves an unconvertible token as a positional argument).
/// - A flag given `--flag=value` ignores the value, as jopt's NoArgumentOptionSpec does.
/// - `--` ends the options; every later token, and every token that is not an option, is a
///   positional argument.
/// - Arguments convert when parsing ends, so `Cannot parse argument ...` and `Found multiple
///   arguments ...` come after every unrecognized-option and missing-argument error, as in Kafka,
///   where the tool's option class reads the values right after `parse`.
public struct OptionParser: Sendable {
    /// The declared options, in declaration order.
    public let options: [OptionSpec]
    private let byName: [String: OptionSpec]

    /// - Parameter options: every option the tool accepts, including `OptionSpec.help` and
    ///   `OptionSpec.version` if the tool has them; names must be unique.
    public init(options: [OptionSpec]) {
        self.options = options
        var byName: [String: OptionSpec] = [:]
        for option in options {
            precondition(byName[option.name] == nil, "option --\(option.name) is declared twice")
            byName[option.name] = option
        }
        self.byName = byName
    }

    /// Parses `arguments` (without the program name).
    ///
    /// - Throws: `OptionParseError`.
    public func parse(_ arguments: [String]) throws -> ParsedOptions {
        var occurrences: [String: [String?]] = [:]
        var positional: [String] = []
        var index = 0
        func record(_ option: OptionSpec, _ value: String?) {
            occurrences[option.name, default: []].append(value)
        }
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if token == "--" {
                positional.append(contentsOf: arguments[index...])
                break
            }
            guard token.hasPrefix("-"), token != "-" else {
                positional.append(token)
                continue
            }
            let body = token.hasPrefix("--") ? token.dropFirst(2) : token.dropFirst(1)
            let name: Substring
            let inlineValue: String?
            if let equals = body.firstIndex(of: "=") {
                name = body[..<equals]
                inlineValue = String(body[body.index(after: equals)...])
            } else {
                name = body
                inlineValue = nil
            }
            guard let option = self.byName[String(name)] else {
                if token.hasPrefix("--") {
                    throw OptionParseError.unrecognizedOption(String(name))
                }
                throw OptionParseError.unrecognizedOption(String(body.prefix(1)))
            }
            switch option.argumentKind {
            case .none:
                record(option, nil)
            case .required:
                if let inlineValue {
                    record(option, inlineValue)
                } else if index < arguments.count {
                    record(option, arguments[index])
                    index += 1
                } else {
                    throw OptionParseError.missingArgument(option.name)
                }
            case .optional:
                if let inlineValue {
                    record(option, inlineValue)
                } else if index < arguments.count, self.takesAsOptionalArgument(arguments[index], for: option) {
                    record(option, arguments[index])
                    index += 1
                } else {
                    record(option, nil)
                }
            }
        }
        return try ParsedOptions(options: self.options, occurrences: occurrences, positionalArguments: positional)
    }

    /// Whether an optional-argument option takes `next` as its argument.
    private func takesAsOptionalArgument(_ next: String, for option: OptionSpec) -> Bool {
        !next.hasPrefix("--") && option.accepts(next)
    }
}
