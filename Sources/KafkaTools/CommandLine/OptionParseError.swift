/// A command line the parser cannot accept, with jopt-simple's exception messages (joptsimple
/// UnrecognizedOptionException, OptionMissingRequiredArgumentException,
/// OptionArgumentConversionException, MultipleArgumentsForOptionException), which Kafka's tools show
/// to users verbatim.
public enum OptionParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--name` is not declared (name without dashes).
    case unrecognizedOption(String)
    /// The option needs an argument and the command line ended.
    case missingArgument(String)
    /// The argument does not convert to the option's type.
    case cannotParseArgument(value: String, option: String)
    /// A non-repeatable option was given more than once.
    case multipleArguments(String)

    public var description: String {
        switch self {
        case .unrecognizedOption(let name):
            return "\(name) is not a recognized option"
        case .missingArgument(let name):
            return "Option \(name) requires an argument"
        case .cannotParseArgument(let value, let option):
            return "Cannot parse argument '\(value)' of option \(option)"
        case .multipleArguments(let name):
            return "Found multiple arguments for option \(name), but you asked for only one"
        }
    }
}
