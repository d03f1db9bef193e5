/// Kafka 4.0's topic-level configuration keys with their types and defaults (Kafka TopicConfig.java,
/// LogConfig.java `CONFIG`), and the broker keys each one falls back to, in precedence order (Kafka
/// ServerTopicConfigSynonyms.ALL_TOPIC_CONFIG_SYNONYMS). DescribeConfigs and CreateTopics (v5+) read
/// this table to report every topic config with its type, value and source.
///
/// `message.downconversion.enable` is still defined in 4.x (a no-op since down-conversion went away
/// with KIP-896, deprecated for removal in 5.0), so it is listed.
enum TopicConfigDefinitions {
    static let all: [ConfigDefinition] = [
        .init("cleanup.policy", .list, default: "delete", allowed: ["delete", "compact"]),
        .init("compression.gzip.level", .int, default: "-1"),
        .init("compression.lz4.level", .int, default: "9"),
        .init("compression.type", .string, default: "producer"),
        .init("compression.zstd.level", .int, default: "3"),
        .init("delete.retention.ms", .long, default: "86400000"),
        .init("file.delete.delay.ms", .long, default: "60000"),
        .init("flush.messages", .long, default: "9223372036854775807"),
        .init("flush.ms", .long, default: "9223372036854775807"),
        .init("follower.replication.throttled.replicas", .list, default: ""),
        .init("index.interval.bytes", .int, default: "4096"),
        .init("leader.replication.throttled.replicas", .list, default: ""),
        .init("local.retention.bytes", .long, default: "-2"),
        .init("local.retention.ms", .long, default: "-2"),
        .init("max.compaction.lag.ms", .long, default: "9223372036854775807"),
        .init("max.message.bytes", .int, default: "1048588"),
        .init("message.downconversion.enable", .boolean, default: "true"),
        .init("message.timestamp.after.max.ms", .long, default: "3600000"),
        .init("message.timestamp.before.max.ms", .long, default: "9223372036854775807"),
        .init("message.timestamp.type", .string, default: "CreateTime"),
        .init("min.cleanable.dirty.ratio", .double, default: "0.5"),
        .init("min.compaction.lag.ms", .long, default: "0"),
        .init("min.insync.replicas", .int, default: "1"),
        .init("preallocate", .boolean, default: "false"),
        .init("remote.log.copy.disable", .boolean, default: "false"),
        .init("remote.log.delete.on.disable", .boolean, default: "false"),
        .init("remote.storage.enable", .boolean, default: "false"),
        .init("retention.bytes", .long, default: "-1"),
        .init("retention.ms", .long, default: "604800000"),
        .init("segment.bytes", .int, default: "1073741824"),
        .init("segment.index.bytes", .int, default: "10485760"),
        .init("segment.jitter.ms", .long, default: "0"),
        .init("segment.ms", .long, default: "604800000"),
        .init("unclean.leader.election.enable", .boolean, default: "false"),
    ]

    static let byName: [String: ConfigDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// Topic key → broker keys, highest precedence first. Keys with several synonyms take the first
    /// one set (`log.retention.ms`, else `.minutes`, else `.hours`), as KafkaConfig resolves them.
    static let brokerSynonyms: [String: [String]] = [
        "segment.bytes": ["log.segment.bytes"],
        "segment.ms": ["log.roll.ms", "log.roll.hours"],
        "segment.jitter.ms": ["log.roll.jitter.ms", "log.roll.jitter.hours"],
        "segment.index.bytes": ["log.index.size.max.bytes"],
        "flush.messages": ["log.flush.interval.messages"],
        "flush.ms": ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"],
        "retention.bytes": ["log.retention.bytes"],
        "retention.ms": ["log.retention.ms", "log.retention.minutes", "log.retention.hours"],
        "max.message.bytes": ["message.max.bytes"],
        "index.interval.bytes": ["log.index.interval.bytes"],
        "delete.retention.ms": ["log.cleaner.delete.retention.ms"],
        "min.compaction.lag.ms": ["log.cleaner.min.compaction.lag.ms"],
        "max.compaction.lag.ms": ["log.cleaner.max.compaction.lag.ms"],
        "file.delete.delay.ms": ["log.segment.delete.delay.ms"],
        "min.cleanable.dirty.ratio": ["log.cleaner.min.cleanable.ratio"],
        "cleanup.policy": ["log.cleanup.policy"],
        "unclean.leader.election.enable": ["unclean.leader.election.enable"],
        "min.insync.replicas": ["min.insync.replicas"],
        "compression.type": ["compression.type"],
        "compression.gzip.level": ["compression.gzip.level"],
        "compression.lz4.level": ["compression.lz4.level"],
        "compression.zstd.level": ["compression.zstd.level"],
        "preallocate": ["log.preallocate"],
        "message.timestamp.type": ["log.message.timestamp.type"],
        "message.timestamp.before.max.ms": ["log.message.timestamp.before.max.ms"],
        "message.timestamp.after.max.ms": ["log.message.timestamp.after.max.ms"],
        "message.downconversion.enable": ["log.message.downconversion.enable"],
        "local.retention.bytes": ["log.local.retention.bytes"],
        "local.retention.ms": ["log.local.retention.ms"],
    ]

    /// Broker keys that are alternative spellings of one setting in another unit, highest precedence
    /// first (Kafka DynamicBrokerConfig.brokerConfigSynonyms); other keys are their own only synonym.
    static func brokerKeySynonyms(of name: String) -> [String] {
        for group in Self.brokerSettingGroups where group.contains(name) { return group }
        return [name]
    }

    private static let brokerSettingGroups: [[String]] = [
        ["log.roll.ms", "log.roll.hours"],
        ["log.roll.jitter.ms", "log.roll.jitter.hours"],
        ["log.retention.ms", "log.retention.minutes", "log.retention.hours"],
        ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"],
    ]
}
