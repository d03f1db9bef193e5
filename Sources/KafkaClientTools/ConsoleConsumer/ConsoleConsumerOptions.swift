import KafkaTools

/// kconsole-consumer's options (../shared/tools-spec/kconsole-consumer.md; Kafka
/// ConsoleConsumerOptions.java): the declarations, Kafka's validation, and the consumer and
/// formatter settings a parsed command line yields.
struct ConsoleConsumerOptions: Sendable {
    // MARK: - Declarations (Kafka's help texts)

    static let topic = OptionSpec.required("topic", "topic", description: "The topic to consume on.")
    static let include = OptionSpec.required(
        "include", "Java regex (String)",
        description: "Regular expression specifying list of topics to include for consumption.")
    static let partition = OptionSpec.required(
        "partition", "partition", type: .integer,
        description: "The partition to consume from. Consumption starts from the end of the partition unless "
            + "'--offset' is specified.")
    static let offset = OptionSpec.required(
        "offset", "consume offset", default: "latest",
        description: "The offset to consume from (a non-negative number), or 'earliest' which means from "
            + "beginning, or 'latest' which means from end")
    static let consumerProperty = OptionSpec.required(
        "consumer-property", "consumer_prop", repeatable: true,
        description: "A mechanism to pass user-defined properties in the form key=value to the consumer.")
    static let consumerConfig = OptionSpec.required(
        "consumer.config", "config file",
        description: "Consumer config properties file. Note that [consumer-property] takes precedence over this "
            + "config.")
    static let formatter = OptionSpec.required(
        "formatter", "class", default: MessageFormatters.defaultClass,
        description: "The name of a class to use for formatting kafka messages for display.")
    static let formatterConfig = OptionSpec.required(
        "formatter-config", "config file",
        description: "Config properties file to initialize the message formatter. Note that [property] takes "
            + "precedence over this config.")
    static let property = OptionSpec.required(
        "property", "prop", repeatable: true,
        description: "The properties to initialize the message formatter. Default properties include: \n"
            + " print.timestamp=true|false\n print.key=true|false\n print.offset=true|false\n"
            + " print.epoch=true|false\n print.partition=true|false\n print.headers=true|false\n"
            + " print.value=true|false\n key.separator=<key.separator>\n line.separator=<line.separator>\n"
            + " headers.separator=<line.separator>\n null.literal=<null.literal>\n"
            + " key.deserializer=<key.deserializer>\n value.deserializer=<value.deserializer>\n"
            + " header.deserializer=<header.deserializer>\n\nUsers can also pass in customized properties for "
            + "their formatter; more specifically, users can pass in properties keyed with 'key.deserializer.', "
            + "'value.deserializer.' and 'headers.deserializer.' prefixes to configure their deserializers.")
    static let fromBeginning = OptionSpec.flag(
        "from-beginning",
        description: "If the consumer does not already have an established offset to consume from, start with "
            + "the earliest message present in the log rather than the latest message.")
    static let maxMessages = OptionSpec.required(
        "max-messages", "num_messages", type: .integer,
        description: "The maximum number of messages to consume before exiting. If not set, consumption is "
            + "continual.")
    static let timeoutMs = OptionSpec.required(
        "timeout-ms", "timeout_ms", type: .long,
        description: "If specified, exit if no message is available for consumption for the specified interval.")
    static let skipMessageOnError = OptionSpec.flag(
        "skip-message-on-error",
        description: "If there is an error when processing a message, skip it instead of halt.")
    static let bootstrapServer = OptionSpec.required(
        "bootstrap-server", "server to connect to", description: "REQUIRED: The server(s) to connect to.")
    static let keyDeserializer = OptionSpec.required(
        "key-deserializer", "deserializer for key",
        description: "The name of the class to use for deserializing keys.")
    static let valueDeserializer = OptionSpec.required(
        "value-deserializer", "deserializer for values",
        description: "The name of the class to use for deserializing values.")
    static let enableSystestEvents = OptionSpec.flag(
        "enable-systest-events",
        description: "Log lifecycle events of the consumer in addition to logging consumed messages. (This is "
            + "specific for system tests.)")
    static let isolationLevel = OptionSpec.required(
        "isolation-level", "isolation level", default: "read_uncommitted",
        description: "Set to read_committed in order to filter out transactional messages which are not "
            + "committed. Set to read_uncommitted to read all messages.")
    static let group = OptionSpec.required(
        "group", "consumer group id", description: "The consumer group id of the consumer.")

    /// Every option, in the order of Kafka's declarations.
    static let all: [OptionSpec] = [
        topic, include, partition, offset, consumerProperty, consumerConfig, formatter, formatterConfig, property,
        fromBeginning, maxMessages, timeoutMs, skipMessageOnError, bootstrapServer, keyDeserializer,
        valueDeserializer, enableSystestEvents, isolationLevel, group,
    ]

    // MARK: - Settings

    /// Where consumption starts with `--partition`.
    enum StartOffset: Equatable, Sendable {
        case earliest, latest
        case offset(Int64)
    }

    var topic: String?
    var include: String?
    var partition: Int32?
    var startOffset: StartOffset
    var maxMessages: Int?
    /// nil: wait forever (a negative `--timeout-ms` too).
    var timeoutMs: Int64?
    var skipMessageOnError: Bool
    var enableSystestEvents: Bool
    var formatterClass: String
    /// The group id given in any of the three places, if any.
    var groupId: String?
    /// Every consumer property, in Kafka's precedence, including the tool's own.
    var consumerProperties: [String: String]
    /// The formatter's properties: `--formatter-config`, the deserializer flags, then `--property`.
    var formatterProperties: [String: String]

    /// Validates and reads a parsed command line, loading the property files it names.
    /// - Parameter randomGroupSuffix: the number in `console-consumer-<n>` (random in Kafka).
    /// - Throws: `ToolError` with Kafka's messages and exit codes.
    init(_ options: ParsedOptions, randomGroupSuffix: Int = Int.random(in: 0..<100_000)) throws {
        func usage(_ message: String) -> ToolError { ToolError(message, exitCode: 1, showUsage: true) }
        self.topic = options.value(Self.topic)
        self.include = options.value(Self.include)
        if [self.topic, self.include].compactMap({ $0 }).count != 1 {
            throw usage("Exactly one of --include/--topic is required. ")
        }
        let fromBeginning = options.has(Self.fromBeginning)
        if options.has(Self.partition) {
            if !options.has(Self.topic) { throw usage("The topic is required when partition is specified.") }
            if fromBeginning && options.has(Self.offset) {
                throw usage("Options from-beginning and offset cannot be specified together.")
            }
        } else if options.has(Self.offset) {
            throw usage("The partition is required when offset is specified.")
        }
        try options.checkRequired([Self.bootstrapServer])
        self.partition = options.integer(Self.partition).flatMap { options.has(Self.partition) ? $0 : nil }

        let fileProperties = try options.value(Self.consumerConfig).map { try JavaProperties.load(path: $0) }
        var properties: [String: String] = [:]
        for key in fileProperties?.keys ?? [] { properties[key] = fileProperties?[key] }
        var extra: [String: String] = [:]
        for argument in options.has(Self.consumerProperty) ? options.values(Self.consumerProperty) : [] {
            let (key, value) = JavaProperties.splitKeyValue(argument)
            extra[key] = value
        }
        // Kafka checkConsumerGroup: the same id may appear in several places, different ids may not.
        var groupIds: [String] = []
        for id in [options.value(Self.group), fileProperties?["group.id"], extra["group.id"]].compactMap({ $0 })
        where !groupIds.contains(id) {
            groupIds.append(id)
        }
        if groupIds.count > 1 {
            throw usage(
                "The group ids provided in different places (directly using '--group', via '--consumer-property', "
                    + "or via '--consumer.config') do not match. Detected group ids: "
                    + groupIds.map { "'\($0)'" }.joined(separator: ", "))
        }
        if !groupIds.isEmpty && self.partition != nil {
            throw usage("Options group and partition cannot be specified together.")
        }
        self.groupId = groupIds.first
        properties.merge(extra) { $1 }
        if let reset = properties["auto.offset.reset"] {
            if fromBeginning && reset != "earliest" {
                throw ToolError(
                    "Can't simultaneously specify --from-beginning and 'auto.offset.reset=\(reset)', please remove "
                        + "one option", exitCode: 1)
            }
        } else {
            properties["auto.offset.reset"] = fromBeginning ? "earliest" : "latest"
        }
        properties["bootstrap.servers"] = options.value(Self.bootstrapServer)
        if properties["client.id"] == nil { properties["client.id"] = "console-consumer" }
        if options.has(Self.isolationLevel) || properties["isolation.level"] == nil {
            properties["isolation.level"] = options.value(Self.isolationLevel)
        }
        if let groupId = self.groupId {
            properties["group.id"] = groupId
        } else {
            properties["group.id"] = "console-consumer-\(randomGroupSuffix)"
            if properties["enable.auto.commit"] == nil { properties["enable.auto.commit"] = "false" }
        }
        self.consumerProperties = properties

        if options.has(Self.offset) {
            let text = options.value(Self.offset) ?? ""
            switch text.lowercased() {
            case "earliest": self.startOffset = .earliest
            case "latest": self.startOffset = .latest
            default:
                guard let value = Int64(text), value >= 0, text.first != "+" || text.count > 1 else {
                    throw usage(
                        "The provided offset value '\(text)' is incorrect. Valid values are 'earliest', 'latest', "
                            + "or a non-negative long.")
                }
                self.startOffset = .offset(value)
            }
        } else {
            self.startOffset = fromBeginning ? .earliest : .latest
        }

        var formatterProperties: [String: String] = [:]
        if let path = options.value(Self.formatterConfig) {
            let file = try JavaProperties.load(path: path)
            for key in file.keys { formatterProperties[key] = file[key] }
        }
        if let value = options.value(Self.keyDeserializer), !value.isEmpty {
            formatterProperties["key.deserializer"] = value
        }
        if let value = options.value(Self.valueDeserializer), !value.isEmpty {
            formatterProperties["value.deserializer"] = value
        }
        for argument in options.has(Self.property) ? options.values(Self.property) : [] {
            let (key, value) = JavaProperties.splitKeyValue(argument)
            formatterProperties[key] = value
        }
        self.formatterProperties = formatterProperties
        self.formatterClass = options.value(Self.formatter) ?? MessageFormatters.defaultClass
        self.maxMessages = options.has(Self.maxMessages) ? options.integer(Self.maxMessages).map(Int.init) : nil
        let timeout = options.has(Self.timeoutMs) ? options.long(Self.timeoutMs) : nil
        self.timeoutMs = timeout.flatMap { $0 < 0 ? nil : $0 }
        self.skipMessageOnError = options.has(Self.skipMessageOnError)
        self.enableSystestEvents = options.has(Self.enableSystestEvents)
    }
}
