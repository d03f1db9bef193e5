import Foundation
import KafkaClient
import KafkaTools

/// ktopics: creates, lists, describes, adds partitions to and deletes topics (Kafka
/// kafka-topics.sh, TopicCommand.java; ../shared/tools-spec/ktopics.md).
///
/// Option problems are reported as Kafka reports them (usage on stderr, exit 1). Once the options
/// are accepted, a failure prints `Error while executing topic command : <message>` on stdout and
/// an ERROR log line on stderr, exit 1.
public enum TopicsCommand: Tool {
    public static let name = "ktopics"
    public static let summary = "This tool helps to create, delete, describe, or change a topic."
    public static let noArgumentsMessage = "Create, delete, describe, or change a topic."
    public static let options = TopicsOptions.all

    public static func execute(_ parsed: ParsedOptions, stdout: any ToolOutput, stderr: any ToolOutput) throws {
        let options = try TopicsOptions(parsed) { line, toStandardError in
            if toStandardError {
                stdout.flush()
                stderr.line(line)
            } else {
                stdout.line(line)
            }
        }
        do {
            // The checks that need no cluster run here, before any thread waits on the client.
            try TopicsService.checkLocally(options)
            let properties = try ClientProperties.assemble(
                bootstrapServer: options.bootstrapServer, configFile: options.commandConfig)
            let config = try AdminClientConfig(properties: properties) { warning in
                stderr.line(Self.logLine(level: "WARN", warning, logger: "org.apache.kafka.clients.admin.AdminClientConfig"))
            }
            let admin = KafkaAdminClient(config: config)
            let service = TopicsService(admin: admin, options: options)
            let lines = SendableLines()
            let outcome = Result { try BlockingAsync.run { try await service.run(print: lines.append) } }
            _ = try? BlockingAsync.run { await admin.close() }
            // Lines come out in order, also those printed before a failure.
            for line in lines.all { stdout.line(line) }
            try outcome.get()
        } catch {
            let message = Self.runtimeMessage(error)
            stdout.line("Error while executing topic command : \(message)")
            stdout.flush()
            throw ToolError(Self.logLine(level: "ERROR", "\(Self.exceptionName(error)): \(message)"))
        }
    }

    /// What Kafka prints after `Error while executing topic command : `: the exception's message,
    /// which for a broker error is the broker's message, or the error code's default text.
    static func runtimeMessage(_ error: any Error) -> String {
        switch error {
        case let error as ToolError: return error.message
        case let error as KafkaApiError:
            if let message = error.message, !message.isEmpty { return message }
            return error.code.message
        default: return "\(error)"
        }
    }

    /// A class-like name for the ERROR log line (Kafka logs the exception's stack trace there).
    static func exceptionName(_ error: any Error) -> String {
        switch error {
        case let error as KafkaApiError: return error.code.name
        case is ToolError: return "java.lang.IllegalArgumentException"
        default: return String(describing: type(of: error))
        }
    }

    /// A log line in the tools' log4j layout: `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)`.
    static func logLine(level: String, _ message: String, logger: String = "org.apache.kafka.tools.TopicCommand")
        -> String
    {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss,SSS"
        return "[\(formatter.string(from: Date()))] \(level) \(message) (\(logger))"
    }
}

/// The lines an async action prints, handed back to the tool's thread (which owns the streams).
final class SendableLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    @Sendable func append(_ line: String) {
        self.lock.lock()
        defer { self.lock.unlock() }
        self.lines.append(line)
    }

    var all: [String] {
        self.lock.lock()
        defer { self.lock.unlock() }
        return self.lines
    }
}
