/// Every topic-level config name Kafka defines (Kafka TopicConfig.java), for validating
/// CreateTopics/AlterConfigs and for DescribeConfigs; with the broker key each one defaults from.
enum TopicConfigNames {
    /// Topic config → broker config it takes its default from (Kafka ServerTopicConfigSynonyms).
    static let brokerSynonyms: [String: String] = [
        "segment.bytes": "log.segment.bytes",
        "segment.ms": "log.roll.ms",
        "segment.jitter.ms": "log.roll.jitter.ms",
        "segment.index.bytes": "log.index.size.max.bytes",
        "flush.messages": "log.flush.interval.messages",
        "flush.ms": "log.flush.interval.ms",
        "retention.bytes": "log.retention.bytes",
        "retention.ms": "log.retention.ms",
        "max.message.bytes": "message.max.bytes",
        "index.interval.bytes": "log.index.interval.bytes",
        "delete.retention.ms": "log.cleaner.delete.retention.ms",
        "min.compaction.lag.ms": "log.cleaner.min.compaction.lag.ms",
        "max.compaction.lag.ms": "log.cleaner.max.compaction.lag.ms",
        "file.delete.delay.ms": "log.segment.delete.delay.ms",
        "min.cleanable.dirty.ratio": "log.cleaner.min.cleanable.ratio",
        "cleanup.policy": "log.cleanup.policy",
        "unclean.leader.election.enable": "unclean.leader.election.enable",
        "min.insync.replicas": "min.insync.replicas",
        "compression.type": "compression.type",
        "compression.gzip.level": "compression.gzip.level",
        "compression.lz4.level": "compression.lz4.level",
        "compression.zstd.level": "compression.zstd.level",
        "preallocate": "log.preallocate",
        "message.timestamp.type": "log.message.timestamp.type",
        "message.timestamp.before.max.ms": "log.message.timestamp.before.max.ms",
        "message.timestamp.after.max.ms": "log.message.timestamp.after.max.ms",
        "message.downconversion.enable": "log.message.downconversion.enable",
        "local.retention.bytes": "log.local.retention.bytes",
        "local.retention.ms": "log.local.retention.ms",
        "remote.storage.enable": "remote.log.storage.system.enable",
    ]

    static let all: Set<String> = Set(brokerSynonyms.keys).union([
        "leader.replication.throttled.replicas", "follower.replication.throttled.replicas",
        "remote.log.copy.disable", "remote.log.delete.on.disable",
    ])
}
