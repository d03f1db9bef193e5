import KafkaClient
import KafkaProtocol
import KafkaTools

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kconsumer-groups` (kafka-consumer-groups.sh): list, describe, delete consumer groups, reset
/// and delete their committed offsets. Spec: ../shared/tools-spec/kconsumer-groups.md.
///
/// Failure reporting is Kafka's: option parse errors are uncaught jopt exceptions (exit 1);
/// validation and IllegalArgumentException-type errors print usage (exit 1); any other failure
/// prints `Error: Executing consumer group command failed due to …` on stdout and exits 0.
public enum ConsumerGroupsCommand: Tool {
    public static let name = "kconsumer-groups"
    public static let summary =
        "This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets."
    public static var options: [OptionSpec] { ConsumerGroupsOptions.all }

    /// Runs with the process arguments and streams, then exits with the code.
    public static func runMain() -> Never {
        let code = Self.main(
            arguments: Array(CommandLine.arguments.dropFirst()), stdout: FileDescriptorOutput.standardOutput(),
            stderr: FileDescriptorOutput.standardError())
        exit(code)
    }

    /// The entry point: jopt parse errors are uncaught in this tool, so they
    /// print as a Java exception line instead of the shared runner's message.
    public static func main(arguments: [String], stdout: any ToolOutput, stderr: any ToolOutput) -> Int32 {
        do {
            let parsed = try OptionParser(options: Self.allOptions).parse(arguments)
            if let unavailable = ConsumerGroupsOptions.unavailableOption(parsed) {
                stderr.line("Exception in thread \"main\" joptsimple.UnavailableOptionException: \(unavailable)")
                stderr.flush()
                return 1
            }
        } catch let error as OptionParseError {
            stderr.line("Exception in thread \"main\" joptsimple.\(Self.exceptionClass(error)): \(error)")
            stderr.flush()
            return 1
        } catch {
            stderr.line("\(error)")
            return 1
        }
        return Self.run(arguments: arguments, stdout: stdout, stderr: stderr)
    }

    static func exceptionClass(_ error: OptionParseError) -> String {
        switch error {
        case .unrecognizedOption: return "UnrecognizedOptionException"
        case .missingArgument: return "OptionMissingRequiredArgumentException"
        case .cannotParseArgument: return "OptionArgumentConversionException"
        case .multipleArguments: return "MultipleArgumentsForOptionException"
        }
    }

    public static func execute(_ parsed: ParsedOptions, stdout: any ToolOutput, stderr: any ToolOutput) throws {
        let options = try ConsumerGroupsOptions(parsed) { stderr.line($0) }
        // Filters are checked before connecting, as Kafka parses them first.
        let states = try options.listState.map(ConsumerGroupsOptions.parseStates) ?? []
        let types = try options.listType.map(ConsumerGroupsOptions.parseTypes) ?? []
        var properties = try ClientProperties.assemble(
            bootstrapServer: options.bootstrapServer, configFile: options.commandConfig)
        properties["default.api.timeout.ms"] = "\(options.timeoutMs)"
        if properties["request.timeout.ms"] == nil { properties["request.timeout.ms"] = "\(options.timeoutMs)" }
        let service: ConsumerGroupsService
        do {
            service = try ConsumerGroupsService(properties: properties, timeoutMs: options.timeoutMs)
        } catch {
            throw ToolError(GroupErrorText.describe(error), exitCode: 1)
        }
        let output = SendableOutput(stdout: stdout, stderr: stderr)
        do {
            try BlockingAsync.run {
                switch options.action {
                case .list: try await service.list(states: states, types: types, options: options, output: output)
                case .describe: try await service.describe(options, output: output)
                case .delete: try await service.delete(options, output: output)
                case .resetOffsets: try await service.resetOffsets(options, output: output)
                case .deleteOffsets: try await service.deleteOffsets(options, output: output)
                }
            }
            BlockingAsync.close(service)
        } catch let error as ToolError {
            BlockingAsync.close(service)
            throw error
        } catch {
            BlockingAsync.close(service)
            // ConsumerGroupCommand.run: any other failure is printed and the tool still exits 0.
            stdout.write("\nError: Executing consumer group command failed due to \(GroupErrorText.message(error))\n")
            stdout.flush()
            stderr.line(GroupErrorText.describe(error))
        }
    }
}

extension BlockingAsync {
    /// Closes the service's clients, waiting for it.
    static func close(_ service: ConsumerGroupsService) {
        _ = try? BlockingAsync.run { await service.close() }
    }
}

/// The streams handed to the async work; the calling thread blocks meanwhile, so only one side
/// writes at a time.
final class SendableOutput: @unchecked Sendable {
    let stdout: any ToolOutput
    let stderr: any ToolOutput

    init(stdout: any ToolOutput, stderr: any ToolOutput) {
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Kafka's printError: a blank line, then `Error: <message>` on stdout.
    func error(_ message: String) {
        self.stdout.write("\nError: \(message)\n")
    }
}
