import KafkaTools

/// kconsole-producer's options (../shared/tools-spec/kconsole-producer.md; Kafka
/// ConsoleProducerOptions.java): the declarations, and the settings a parsed command line yields.
struct ConsoleProducerOptions: Sendable {
    // MARK: - Declarations (Kafka's help texts)

    static let topic = OptionSpec.required(
        "topic", "topic", description: "REQUIRED: The topic id to produce messages to.")
    // Kafka 3.x's deprecated alias; 4.0 dropped it, we keep accepting it so old scripts still run.
    static let brokerList = OptionSpec.required(
        "broker-list", "broker-list",
        description: "DEPRECATED, use --bootstrap-server instead; ignored if --bootstrap-server is specified.  "
            + "The broker list string in the form HOST1:PORT1,HOST2:PORT2.")
    static let bootstrapServer = OptionSpec.required(
        "bootstrap-server", "server to connect to",
        description: "REQUIRED unless --broker-list(deprecated) is specified. The server(s) to connect to. "
            + "The broker list string in the form HOST1:PORT1,HOST2:PORT2.")
    static let sync = OptionSpec.flag(
        "sync",
        description: "If set message send requests to the brokers are synchronously, one at a time as they arrive.")
    static let compressionCodec = OptionSpec.optional(
        "compression-codec", "compression-codec",
        description: "The compression codec: either 'none', 'gzip', 'snappy', 'lz4', or 'zstd'.If specified "
            + "without value, then it defaults to 'gzip'")
    static let batchSize = OptionSpec.required(
        "batch-size", "size", type: .integer, default: "16384",
        description: "Number of messages to send in a single batch if they are not being sent synchronously. "
            + "please note that this option will be replaced if max-partition-memory-bytes is also set")
    static let messageSendMaxRetries = OptionSpec.required(
        "message-send-max-retries", nil, type: .integer, default: "3",
        description: "Brokers can fail receiving the message for multiple reasons, and being unavailable "
            + "transiently is just one of them. This property specifies the number of retries before the producer "
            + "give up and drop this message. This is the option to control `retries` in producer configs.")
    static let retryBackoffMs = OptionSpec.required(
        "retry-backoff-ms", nil, type: .long, default: "100",
        description: "Before each retry, the producer refreshes the metadata of relevant topics. Since leader "
            + "election takes a bit of time, this property specifies the amount of time that the producer waits "
            + "before refreshing the metadata. This is the option to control `retry.backoff.ms` in producer configs.")
    static let timeout = OptionSpec.required(
        "timeout", "timeout_ms", type: .long, default: "1000",
        description: "If set and the producer is running in asynchronous mode, this gives the maximum amount of "
            + "time a message will queue awaiting sufficient batch size. The value is given in ms. This is the "
            + "option to control `linger.ms` in producer configs.")
    static let requestRequiredAcks = OptionSpec.required(
        "request-required-acks", "request required acks", default: "-1",
        description: "The required `acks` of the producer requests")
    static let requestTimeoutMs = OptionSpec.required(
        "request-timeout-ms", "request timeout ms", type: .integer, default: "1500",
        description: "The ack timeout of the producer requests. Value must be non-negative and non-zero.")
    static let metadataExpiryMs = OptionSpec.required(
        "metadata-expiry-ms", "metadata expiration interval", type: .long, default: "300000",
        description: "The period of time in milliseconds after which we force a refresh of metadata even if we "
            + "haven't seen any leadership changes. This is the option to control `metadata.max.age.ms` in "
            + "producer configs.")
    static let maxBlockMs = OptionSpec.required(
        "max-block-ms", "max block on send", type: .long, default: "60000",
        description: "The max time that the producer will block for during a send request.")
    static let maxMemoryBytes = OptionSpec.required(
        "max-memory-bytes", "total memory in bytes", type: .long, default: "33554432",
        description: "The total memory used by the producer to buffer records waiting to be sent to the server. "
            + "This is the option to control `buffer.memory` in producer configs.")
    static let maxPartitionMemoryBytes = OptionSpec.required(
        "max-partition-memory-bytes", "memory in bytes per partition", type: .integer, default: "16384",
        description: "The buffer size allocated for a partition. When records are received which are smaller "
            + "than this size the producer will attempt to optimistically group them together until this size is "
            + "reached. This is the option to control `batch.size` in producer configs.")
    static let socketBufferSize = OptionSpec.required(
        "socket-buffer-size", "size", type: .integer, default: "102400",
        description: "The size of the tcp RECV size. This is the option to control `send.buffer.bytes` in "
            + "producer configs.")
    static let lineReader = OptionSpec.required(
        "line-reader", "reader_class", default: defaultLineReader,
        description: "The class name of the class to use for reading lines from standard in. By default each "
            + "line is read as a separate message.")
    static let property = OptionSpec.required(
        "property", "prop", repeatable: true,
        description: "A mechanism to pass user-defined properties in the form key=value to the message reader. "
            + "This allows custom configuration for a user-defined message reader.\nDefault properties include:\n"
            + "\tparse.key=false\n\tparse.headers=false\n\tignore.error=false\n\tkey.separator=\\t\n"
            + "\theaders.delimiter=\\t\n\theaders.separator=,\n\theaders.key.separator=:\n\tnull.marker=   When "
            + "set, any fields (key, value and headers) equal to this will be replaced by null\nDefault parsing "
            + "pattern when:\n\tparse.headers=true and parse.key=true:\n\t \"h1:v1,h2:v2...\\tkey\\tvalue\"\n"
            + "\tparse.key=true:\n\t \"key\\tvalue\"\n\tparse.headers=true:\n\t \"h1:v1,h2:v2...\\tvalue\"")
    static let readerConfig = OptionSpec.required(
        "reader-config", "config file",
        description: "Config properties file for the message reader. Note that [property] takes precedence over "
            + "this config.")
    static let producerProperty = OptionSpec.required(
        "producer-property", "producer_prop", repeatable: true,
        description: "A mechanism to pass user-defined properties in the form key=value to the producer. ")
    static let producerConfig = OptionSpec.required(
        "producer.config", "config file",
        description: "Producer config properties file. Note that [producer-property] takes precedence over this "
            + "config.")

    /// The only reader there is (`--line-reader` accepts its 4.0 and 3.x names).
    static let defaultLineReader = "org.apache.kafka.tools.LineMessageReader"
    static let acceptedLineReaders: Set<String> = [
        defaultLineReader, "kafka.tools.ConsoleProducer$LineMessageReader", "kafka.tools.LineMessageReader",
    ]

    /// Every option, in the order of Kafka's declarations.
    static let all: [OptionSpec] = [
        topic, brokerList, bootstrapServer, sync, compressionCodec, batchSize, messageSendMaxRetries, retryBackoffMs,
        timeout, requestRequiredAcks, requestTimeoutMs, metadataExpiryMs, maxBlockMs, maxMemoryBytes,
        maxPartitionMemoryBytes, socketBufferSize, lineReader, property, readerConfig, producerProperty,
        producerConfig,
    ]

    // MARK: - Settings

    var topic: String
    var bootstrapServers: String
    var sync: Bool
    /// `--compression-codec`: none when absent, gzip when given without a value.
    var compressionCodec: String
    /// `--reader-config` path, then the `--property` pairs (applied in that order).
    var readerConfigFile: String?
    var readerOverrides: [String]
    var producerConfigFile: String?
    var producerOverrides: [String]
    /// The producer settings the tool's own flags force or default (ConsoleProducerOptions.producerProps).
    var flagSettings: [(key: String, value: String, explicit: Bool)]

    /// Validates and reads a parsed command line (pure; no file access).
    /// - Throws: `ToolError` with Kafka's messages: missing topic, bootstrap address problems,
    ///   an unknown line reader.
    init(_ options: ParsedOptions) throws {
        try options.checkRequired([Self.topic])
        self.topic = options.value(Self.topic) ?? ""
        let servers =
            options.has(Self.bootstrapServer) ? options.value(Self.bootstrapServer) : options.value(Self.brokerList)
        self.bootstrapServers = try Self.validateBootstrapServer(servers)
        let reader = options.value(Self.lineReader) ?? Self.defaultLineReader
        guard Self.acceptedLineReaders.contains(reader) else {
            // Kafka fails with ClassNotFoundException (stack trace, exit 1).
            throw ToolError("java.lang.ClassNotFoundException: \(reader)", exitCode: 1)
        }
        self.sync = options.has(Self.sync)
        if options.has(Self.compressionCodec) {
            let value = options.value(Self.compressionCodec) ?? ""
            self.compressionCodec = value.isEmpty ? "gzip" : value
        } else {
            self.compressionCodec = "none"
        }
        self.readerConfigFile = options.value(Self.readerConfig)
        self.readerOverrides = options.has(Self.property) ? options.values(Self.property) : []
        self.producerConfigFile = options.value(Self.producerConfig)
        self.producerOverrides = options.has(Self.producerProperty) ? options.values(Self.producerProperty) : []
        // batch.size: --max-partition-memory-bytes wins when given explicitly, else --batch-size.
        let batchSizeOption =
            options.has(Self.maxPartitionMemoryBytes) || !options.has(Self.batchSize)
            ? Self.maxPartitionMemoryBytes : Self.batchSize
        let mapping: [(String, OptionSpec)] = [
            ("linger.ms", Self.timeout), ("acks", Self.requestRequiredAcks),
            ("request.timeout.ms", Self.requestTimeoutMs), ("retries", Self.messageSendMaxRetries),
            ("retry.backoff.ms", Self.retryBackoffMs), ("send.buffer.bytes", Self.socketBufferSize),
            ("buffer.memory", Self.maxMemoryBytes), ("batch.size", batchSizeOption),
            ("metadata.max.age.ms", Self.metadataExpiryMs), ("max.block.ms", Self.maxBlockMs),
        ]
        self.flagSettings = mapping.map { key, option in
            (
                key, options.value(option) ?? "",
                options.has(option) || (key == "batch.size" && options.has(Self.batchSize))
            )
        }
    }

    /// Kafka ToolsUtils.validateBootstrapServer: not blank, and every comma-separated entry `host:port`.
    /// Both messages end with a newline in Kafka, which shows as an empty line after them.
    static func validateBootstrapServer(_ value: String?) throws -> String {
        guard let value, !value.trimmingJavaWhitespace().isEmpty else {
            throw ToolError("Error while validating the bootstrap address\n", exitCode: 1, showUsage: true)
        }
        // Java's split drops trailing empty strings.
        var entries = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        while entries.count > 1, entries.last == "" { entries.removeLast() }
        let valid = entries.filter { entry in
            guard let colon = entry.lastIndex(of: ":"), colon > entry.startIndex else { return false }
            let port = entry[entry.index(after: colon)...]
            return !port.isEmpty && port.allSatisfy { $0.isASCII && $0.isNumber }
        }
        if valid.isEmpty || valid.count != entries.count {
            throw ToolError("Please provide valid host:port like host1:9091,host2:9092\n", exitCode: 1, showUsage: true)
        }
        return value
    }

    /// The reader's properties: `--reader-config`, then `--property` pairs, then `topic`.
    /// - Throws: `ToolError` when the file cannot be read.
    func readerProperties() throws -> [String: String] {
        var properties = try ClientProperties.assemble(
            bootstrapServer: nil, configFile: self.readerConfigFile, overrides: self.readerOverrides)
        properties["topic"] = self.topic
        return properties
    }

    /// The producer's properties, in Kafka's precedence (see the spec's "Producer config precedence").
    /// - Throws: `ToolError` when the file cannot be read.
    func producerProperties() throws -> [String: String] {
        var properties = try ClientProperties.assemble(
            bootstrapServer: self.bootstrapServers, configFile: self.producerConfigFile,
            overrides: self.producerOverrides)
        properties["compression.type"] = self.compressionCodec
        if properties["client.id"] == nil { properties["client.id"] = "console-producer" }
        for setting in self.flagSettings where setting.explicit || properties[setting.key] == nil {
            properties[setting.key] = setting.value
        }
        return properties
    }
}
