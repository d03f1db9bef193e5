import KafkaClient

/// Turns a consumed record into the bytes the console consumer prints (Kafka's
/// `org.apache.kafka.common.MessageFormatter`).
protocol MessageFormatter {
    /// Appends the record's text to `output`.
    /// - Throws: `MessageFormatterError` when the record cannot be formatted (a deserializer
    ///   refuses its bytes); the tool skips the record or stops, per `--skip-message-on-error`.
    func write(_ record: ConsumerRecord, to output: inout [UInt8]) throws
}

/// A record the formatter could not format, with Kafka's exception text.
struct MessageFormatterError: Error, CustomStringConvertible {
    var description: String
}

/// The formatters `--formatter` accepts, by Kafka's class names.
enum MessageFormatters {
    static let packagePrefix = "org.apache.kafka.tools.consumer."
    static let defaultClass = packagePrefix + "DefaultMessageFormatter"

    /// Builds and configures the formatter `className` names.
    /// - Parameter log: where the logging formatter writes its INFO lines.
    /// - Throws: `MessageFormatterError` whose text is what Kafka prints with the usage (the class
    ///   name for an unknown class, as Java's ClassNotFoundException says).
    static func make(
        className: String, properties: [String: String], logger: ToolLogger
    ) throws -> any MessageFormatter {
        switch className {
        case defaultClass:
            return try DefaultMessageFormatter(properties: properties, logger: logger)
        case packagePrefix + "LoggingMessageFormatter":
            return LoggingMessageFormatter(
                inner: try DefaultMessageFormatter(properties: properties, logger: logger), logger: logger)
        case packagePrefix + "NoOpMessageFormatter":
            return NoOpMessageFormatter()
        default:
            throw MessageFormatterError(description: className)
        }
    }
}

/// Prints nothing (Kafka NoOpMessageFormatter): for counting or draining a topic.
struct NoOpMessageFormatter: MessageFormatter {
    func write(_ record: ConsumerRecord, to output: inout [UInt8]) throws {}
}

/// The default output plus an INFO log line per record (Kafka LoggingMessageFormatter). The tools'
/// root log level is WARN, so as in Kafka the log lines only appear when that level is lowered.
struct LoggingMessageFormatter: MessageFormatter {
    let inner: DefaultMessageFormatter
    let logger: ToolLogger

    func write(_ record: ConsumerRecord, to output: inout [UInt8]) throws {
        try self.inner.write(record, to: &output)
        let key = record.keyString ?? "null"
        let value = record.valueString ?? "null"
        let time = record.timestampType == .noTimestampType ? "" : "\(record.timestampType):\(record.timestamp), "
        self.logger.log(
            .info, "\(time)key:\(key), value:\(value)",
            logger: "org.apache.kafka.tools.consumer.LoggingMessageFormatter")
    }
}
