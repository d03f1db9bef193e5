import KafkaTools

/// ktopics' options (../shared/tools-spec/ktopics.md; Kafka TopicCommand.java
/// `TopicCommandOptions`): the declarations, the validation Kafka runs before connecting, and the
/// settings a valid command line yields. Pure: no network, no files.
public struct TopicsOptions: Sendable, Equatable {
    // MARK: - Declarations

    public static let bootstrapServer = OptionSpec.required(
        "bootstrap-server", "server to connect to",
        description: "REQUIRED: The Kafka server to connect to, as host:port[,host:port...].")
    public static let commandConfig = OptionSpec.required(
        "command-config", "command config property file",
        description: "A property file with configs for the admin client.")
    public static let list = OptionSpec.flag("list", description: "List all available topics.")
    public static let create = OptionSpec.flag("create", description: "Create a new topic.")
    public static let delete = OptionSpec.flag("delete", description: "Delete a topic.")
    public static let alter = OptionSpec.flag(
        "alter", description: "Alter the number of partitions and replica assignment of a topic.")
    public static let describe = OptionSpec.flag("describe", description: "List details for the given topics.")
    public static let topic = OptionSpec.required(
        "topic", "topic",
        description: "The topic to create, alter, describe or delete. Except with --create, a regular expression "
            + "that must match whole topic names; quote it for the shell (\"test.*\"). A comma-separated list "
            + "means alternatives.")
    public static let topicId = OptionSpec.required(
        "topic-id", "topic-id", description: "The id of the topic to describe (with --describe only).")
    public static let config = OptionSpec.required(
        "config", "name=value", repeatable: true,
        description: "A topic config override for the topic being created (repeat the option for several).")
    public static let deleteConfig = OptionSpec.required(
        "delete-config", "name", repeatable: true,
        description: "No longer supported and ignored since 4.0; use kconfigs to change topic configs.")
    public static let partitions = OptionSpec.required(
        "partitions", "# of partitions", type: .integer,
        description: "The number of partitions of the topic being created, or the new total with --alter. Without "
            + "it --create uses the broker's num.partitions.")
    public static let replicationFactor = OptionSpec.required(
        "replication-factor", "replication factor", type: .integer,
        description: "The replication factor of each partition of the topic being created. Without it the broker's "
            + "default.replication.factor is used.")
    public static let replicaAssignment = OptionSpec.required(
        "replica-assignment",
        "broker_id_for_part1_replica1 : broker_id_for_part1_replica2 , broker_id_for_part2_replica1 : "
            + "broker_id_for_part2_replica2 , ...",
        description: "Manual partition-to-broker assignment for the topic being created or altered: partitions "
            + "separated by ',', replicas by ':', the first replica being the preferred leader.")
    public static let underReplicatedPartitions = OptionSpec.flag(
        "under-replicated-partitions",
        description: "With --describe, only show partitions whose ISR is smaller than the replication factor.")
    public static let unavailablePartitions = OptionSpec.flag(
        "unavailable-partitions",
        description: "With --describe, only show partitions whose leader is not available.")
    public static let underMinIsrPartitions = OptionSpec.flag(
        "under-min-isr-partitions",
        description: "With --describe, only show partitions whose ISR is smaller than min.insync.replicas.")
    public static let atMinIsrPartitions = OptionSpec.flag(
        "at-min-isr-partitions",
        description: "With --describe, only show partitions whose ISR size equals min.insync.replicas.")
    public static let topicsWithOverrides = OptionSpec.flag(
        "topics-with-overrides",
        description: "With --describe, only show topics that have configs different from the defaults.")
    public static let ifExists = OptionSpec.flag(
        "if-exists",
        description: "With --alter, --delete or --describe, only act if the topic exists.")
    public static let ifNotExists = OptionSpec.flag(
        "if-not-exists", description: "With --create, only create the topic if it does not exist yet.")
    public static let excludeInternal = OptionSpec.flag(
        "exclude-internal",
        description: "Leave internal topics out of --list and --describe (they are shown by default).")
    public static let partitionSizeLimitPerResponse = OptionSpec.required(
        "partition-size-limit-per-response", "maximum number of partitions per page", type: .integer,
        description: "The maximum number of partitions in one DescribeTopicPartitions response.")

    /// Every option, in the order of Kafka's declarations.
    public static let all: [OptionSpec] = [
        bootstrapServer, commandConfig, list, create, delete, alter, describe, topic, topicId, config,
        deleteConfig, partitions, replicationFactor, replicaAssignment, underReplicatedPartitions,
        unavailablePartitions, underMinIsrPartitions, atMinIsrPartitions, topicsWithOverrides, ifExists,
        ifNotExists, excludeInternal, partitionSizeLimitPerResponse,
    ]

    static let actions: [OptionSpec] = [create, list, alter, describe, delete]
    static let partitionFilters: [OptionSpec] = [
        underReplicatedPartitions, underMinIsrPartitions, atMinIsrPartitions, unavailablePartitions,
    ]

    /// Kafka's message when `--alter` is given topic configs.
    static let alterConfigHint = " (To alter topic configurations, the kafka-configs tool can be used.)"

    // MARK: - Settings

    /// What the command does.
    public enum Action: String, Sendable, Equatable {
        case create, list, alter, describe, delete
    }

    public var action: Action
    public var bootstrapServer: String
    public var commandConfig: String?
    /// The raw `--topic` value (a name for create, a regex otherwise).
    public var topic: String?
    /// The raw `--topic-id` value.
    public var topicId: String?
    /// The raw `--config` values, in order.
    public var configs: [String]
    public var partitions: Int32?
    public var replicationFactor: Int32?
    /// The raw `--replica-assignment` value; nil when absent or empty (Kafka ignores an empty one).
    public var replicaAssignment: String?
    public var reportUnderReplicated: Bool
    public var reportUnavailable: Bool
    public var reportUnderMinIsr: Bool
    public var reportAtMinIsr: Bool
    public var reportOverriddenConfigs: Bool
    public var ifExists: Bool
    public var ifNotExists: Bool
    public var excludeInternal: Bool
    public var partitionSizeLimitPerResponse: Int32?

    /// Runs Kafka's checks in Kafka's order (TopicCommandOptions.checkArgs, checkRequiredArgs,
    /// checkInvalidArgs) and reads the settings.
    ///
    /// - Parameter notice: receives the lines Kafka prints while checking and then carries on
    ///   (the `--delete-config` deprecation on stderr, the topic-id precedence note on stdout).
    /// - Throws: `ToolError` with Kafka's message; usage errors show the help table.
    public init(_ options: ParsedOptions, notice: (_ line: String, _ toStandardError: Bool) -> Void = { _, _ in }) throws {
        let given = Self.actions.filter { options.has($0) }
        guard given.count == 1, let action = Action(rawValue: given[0].name) else {
            throw ToolError(
                "Command must include exactly one action: --list, --describe, --create, --alter or --delete",
                showUsage: true)
        }
        if options.has(Self.deleteConfig) {
            notice(
                "delete-config option is no longer supported and deprecated since version 4.0. The config will be "
                    + "fully removed in future releases.", true)
        }
        // Kafka throws an IllegalArgumentException here, not a usage error.
        guard let bootstrapServer = options.value(Self.bootstrapServer) else {
            throw ToolError("--bootstrap-server must be specified")
        }
        if action == .describe && options.has(Self.ifExists) {
            if !options.has(Self.topic) && !options.has(Self.topicId) {
                throw ToolError("--topic or --topic-id is required to describe a topic", showUsage: true)
            }
            if options.has(Self.topic) && options.has(Self.topicId) {
                notice(
                    "Only topic id will be used when both --topic and --topic-id are specified and topicId is not "
                        + "Uuid.ZERO_UUID", false)
            }
        }
        if action != .list && action != .describe {
            try options.checkRequired([Self.topic])
        }
        if action == .alter {
            try options.checkInvalid(
                usedCombination: [Self.bootstrapServer, Self.config], invalid: [Self.alter],
                trailingMessage: Self.alterConfigHint)
            try options.checkRequired([Self.partitions])
        }
        try Self.checkInvalidCombinations(options)

        self.action = action
        self.bootstrapServer = bootstrapServer
        self.commandConfig = options.value(Self.commandConfig)
        self.topic = options.value(Self.topic)
        self.topicId = options.value(Self.topicId)
        self.configs = options.values(Self.config)
        self.partitions = options.integer(Self.partitions)
        self.replicationFactor = options.integer(Self.replicationFactor)
        self.replicaAssignment = options.value(Self.replicaAssignment).flatMap { $0.isEmpty ? nil : $0 }
        self.reportUnderReplicated = options.has(Self.underReplicatedPartitions)
        self.reportUnavailable = options.has(Self.unavailablePartitions)
        self.reportUnderMinIsr = options.has(Self.underMinIsrPartitions)
        self.reportAtMinIsr = options.has(Self.atMinIsrPartitions)
        self.reportOverriddenConfigs = options.has(Self.topicsWithOverrides)
        self.ifExists = options.has(Self.ifExists)
        self.ifNotExists = options.has(Self.ifNotExists)
        self.excludeInternal = options.has(Self.excludeInternal)
        self.partitionSizeLimitPerResponse = options.integer(Self.partitionSizeLimitPerResponse)
    }

    /// TopicCommandOptions.checkInvalidArgs: each option against the actions it does not go with
    /// (and the filters against `--topics-with-overrides`), which Kafka checks first.
    private static func checkInvalidCombinations(_ options: ParsedOptions) throws {
        func actionsExcept(_ allowed: [OptionSpec]) -> [OptionSpec] {
            Self.actions.filter { action in !allowed.contains(action) }
        }
        try options.checkInvalid(used: Self.config, invalid: actionsExcept([Self.alter, Self.create]))
        try options.checkInvalid(used: Self.partitions, invalid: actionsExcept([Self.alter, Self.create]))
        try options.checkInvalid(used: Self.replicationFactor, invalid: actionsExcept([Self.create]))
        try options.checkInvalid(used: Self.replicaAssignment, invalid: actionsExcept([Self.alter, Self.create]))
        if options.has(Self.create) {
            try options.checkInvalid(
                used: Self.replicaAssignment, invalid: [Self.partitions, Self.replicationFactor])
        }
        for filter in Self.partitionFilters {
            try options.checkInvalid(
                used: filter, invalid: [Self.topicsWithOverrides] + actionsExcept([Self.describe]))
        }
        try options.checkInvalid(
            used: Self.topicsWithOverrides, invalid: Self.partitionFilters + actionsExcept([Self.describe]))
        try options.checkInvalid(
            used: Self.ifExists, invalid: actionsExcept([Self.alter, Self.delete, Self.describe]))
        try options.checkInvalid(used: Self.ifNotExists, invalid: actionsExcept([Self.create]))
        try options.checkInvalid(used: Self.excludeInternal, invalid: actionsExcept([Self.list, Self.describe]))
    }

    /// Whether any of the four partition filters is on (then topic summary lines are not printed).
    public var hasPartitionFilter: Bool {
        self.reportUnderReplicated || self.reportUnavailable || self.reportUnderMinIsr || self.reportAtMinIsr
    }
}
