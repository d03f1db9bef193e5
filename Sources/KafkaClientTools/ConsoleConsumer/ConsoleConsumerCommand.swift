import KafkaClient
import KafkaTools

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kconsole-consumer`: prints the records of a topic, a regex of topics, or one partition
/// (Kafka ConsoleConsumer.java; ../shared/tools-spec/kconsole-consumer.md).
///
/// The poll loop runs on the calling thread: each poll is bounded (so SIGINT/SIGTERM and
/// `--timeout-ms` are noticed promptly), a poll's records are formatted into one buffer and
/// written with one call to the buffered stdout, which is flushed once per poll so a tailing
/// consumer shows records as they come. A failed write (the reader of a pipe went away) ends the
/// loop quietly. Whatever ends it, `Processed a total of N messages` follows on stderr.
public enum ConsoleConsumerCommand: Tool {
    public static let name = "kconsole-consumer"
    public static let summary = "This tool helps to read data from Kafka topics and outputs it to standard output."
    public static var options: [OptionSpec] { ConsoleConsumerOptions.all }
    public static var parseErrorsShowUsage: Bool { true }

    static let loggerName = "org.apache.kafka.tools.consumer.ConsoleConsumer"

    public static func execute(_ options: ParsedOptions, stdout: any ToolOutput, stderr: any ToolOutput) throws {
        let settings = try ConsoleConsumerOptions(options)
        let logger = ToolLogger(stderr)
        let formatter: any MessageFormatter
        do {
            formatter = try MessageFormatters.make(
                className: settings.formatterClass, properties: settings.formatterProperties, logger: logger)
        } catch {
            throw ToolError("\(error)", exitCode: 1, showUsage: true)
        }
        // Kafka always gives the consumer a group (a generated `console-consumer-<n>` without
        // --group); ConsumerSession subscribes through it when --group was given.
        let properties = settings.consumerProperties
        let config: ConsumerConfig
        do {
            config = try ConsumerConfig(properties: properties) { warning in
                logger.log(.warn, warning, logger: "org.apache.kafka.clients.consumer.ConsumerConfig")
            }
        } catch {
            throw ToolError(JavaExceptionText.describe(error))
        }
        StopSignals.install()
        // A closed pipe must show up as a failed write (EPIPE), not kill the process.
        signal(SIGPIPE, SIG_IGN)
        let consumer = KafkaConsumer(config: config)
        let session = ConsumerSession(settings: settings, consumer: consumer, formatter: formatter, logger: logger)
        let outcome = session.run(stdout: stdout)
        try? BlockingAsync.run { await consumer.close() }
        if settings.enableSystestEvents {
            stdout.line("shutdown_complete")
        }
        stdout.flush()
        logger.write("Processed a total of \(session.processed) messages\n")
        if let outcome { throw outcome }
    }
}
