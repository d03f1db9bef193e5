/// A command-line tool: its options as data, and a body that reads parsed options and writes to the
/// streams it is given. `run` turns every outcome into an exit code and the text a user sees, so
/// `main.swift` is one call (`ToolRunner.main`).
public protocol Tool {
    /// The program name, e.g. `klog-dump`.
    static var name: String { get }
    /// The one-line description printed above the help table for `--help` or no arguments.
    static var summary: String { get }
    /// The tool's own options; `allOptions` adds `--help` and `--version`.
    static var options: [OptionSpec] { get }
    /// Whether option-parsing errors print the help table after the message. Kafka varies per tool
    /// (see each tool's spec); the default is message only.
    static var parseErrorsShowUsage: Bool { get }
    /// The message above the help table when the tool runs without arguments; Kafka's tools mostly
    /// reuse the `--help` summary, but some differ (kafka-topics: "Create, delete, describe, or
    /// change a topic."). Defaults to `summary`.
    static var noArgumentsMessage: String { get }

    /// Does the work for parsed options.
    ///
    /// - Throws: `ToolError` for everything a user should see as a failure; any other error becomes
    ///   its description and exit code 1.
    static func execute(_ options: ParsedOptions, stdout: any ToolOutput, stderr: any ToolOutput) throws
}

extension Tool {
    public static var parseErrorsShowUsage: Bool { false }

    public static var noArgumentsMessage: String { Self.summary }

    /// `options` plus the `--help` and `--version` every jopt-style tool has.
    public static var allOptions: [OptionSpec] { Self.options + [OptionSpec.help, OptionSpec.version] }

    /// The help table of `allOptions`.
    public static var helpTable: String { HelpFormatter.table(for: Self.allOptions) }

    /// Parses `arguments`, handles `--help`/`--version`/no arguments and required options as Kafka's
    /// CommandLineUtils does, executes, and reports failures on `stderr`.
    ///
    /// - Returns: the process exit code.
    public static func run(arguments: [String], stdout: any ToolOutput, stderr: any ToolOutput) -> Int32 {
        defer {
            stdout.flush()
            stderr.flush()
        }
        do {
            let parsed: ParsedOptions
            do {
                parsed = try OptionParser(options: Self.allOptions).parse(arguments)
            } catch let error as OptionParseError {
                throw ToolError(error.description, exitCode: 1, showUsage: Self.parseErrorsShowUsage)
            }
            // CommandLineUtils.maybePrintHelpOrVersion: help (or nothing at all) wins over version.
            if arguments.isEmpty {
                throw ToolError(Self.noArgumentsMessage, exitCode: 1, showUsage: true)
            }
            if parsed.has(OptionSpec.help) {
                throw ToolError(Self.summary, exitCode: 1, showUsage: true)
            }
            if parsed.has(OptionSpec.version) {
                stdout.line(KafkaTools.version)
                return 0
            }
            try parsed.checkRequired()
            try Self.execute(parsed, stdout: stdout, stderr: stderr)
            return 0
        } catch let error as ToolError {
            // Flush stdout first so what was printed before the failure comes before the message.
            stdout.flush()
            if !error.message.isEmpty || !error.showUsage {
                stderr.line(error.message)
            }
            if error.showUsage {
                stderr.write(Self.helpTable)
            }
            return error.exitCode
        } catch {
            stdout.flush()
            stderr.line("\(error)")
            return 1
        }
    }
}
