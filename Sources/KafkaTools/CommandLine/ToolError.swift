/// Why a tool stops: a message for stderr, the exit code, and whether the help table follows the
/// message (Kafka CommandLineUtils.java `printUsageAndExit`; TerseException.java for errors shown
/// without a stack trace). Tools throw it; only the runner prints.
public struct ToolError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line printed on stderr (may be empty: nothing but usage).
    public var message: String
    /// The process exit code.
    public var exitCode: Int32
    /// Whether the option help table follows the message.
    public var showUsage: Bool

    public init(_ message: String, exitCode: Int32 = 1, showUsage: Bool = false) {
        self.message = message
        self.exitCode = exitCode
        self.showUsage = showUsage
    }

    public init(message: String, exitCode: Int32 = 1, showUsage: Bool = false) {
        self.init(message, exitCode: exitCode, showUsage: showUsage)
    }

    public var description: String { self.message }
}
