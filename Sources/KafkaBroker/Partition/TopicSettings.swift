import KafkaStorage

/// What a hosted partition obeys: the log configuration its `PartitionLog` runs with and the
/// replication settings the leader checks on produce.
///
/// Built from the broker's `log.*` defaults (each topic config takes its default from the broker
/// key Kafka names as its synonym, Kafka ServerTopicConfigSynonyms) with the topic's own configs
/// from the metadata image laid over them (Kafka LogConfig.fromProps).
public struct TopicSettings: Sendable, Hashable {
    public var logConfig: LogConfig
    /// `min.insync.replicas`: acks=-1 produce needs at least this many replicas in the ISR.
    public var minInsyncReplicas: Int

    public init(logConfig: LogConfig = LogConfig(), minInsyncReplicas: Int = 1) {
        self.logConfig = logConfig
        self.minInsyncReplicas = minInsyncReplicas
    }

    /// The topic-config view of the broker defaults: topic config name → value as text.
    ///
    /// Durations with several broker spellings resolve the way Kafka's KafkaConfig does:
    /// `log.retention.ms` / `.minutes` / `.hours`, `log.roll.ms` / `.hours`, `log.roll.jitter.ms` /
    /// `.hours`, and `log.flush.interval.ms` falling back to `log.flush.scheduler.interval.ms`.
    static func brokerDefaults(_ config: BrokerConfig) -> [String: String] {
        var defaults: [String: String] = [:]
        for (topicName, brokerKey) in TopicConfigNames.brokerSynonyms {
            if let value = config.originals[brokerKey] ?? BrokerConfigDefinitions.byName[brokerKey]?.defaultValue {
                defaults[topicName] = value
            }
        }
        defaults["retention.ms"] = String(config.logRetentionMs)
        defaults["segment.ms"] = String(config.logRollMs)
        defaults["segment.jitter.ms"] =
            config.originals["log.roll.jitter.ms"] ?? String(Int64(config.int("log.roll.jitter.hours")) * 3_600_000)
        defaults["flush.ms"] =
            config.originals["log.flush.interval.ms"] ?? String(config.long("log.flush.scheduler.interval.ms"))
        return defaults
    }

    /// The settings of a topic with `topicConfigs` over `brokerDefaults`.
    /// - Throws: `InvalidConfigurationError` when a value does not parse (the controller validates
    ///   topic configs before writing them, so this means a broker default is out of range).
    static func resolve(brokerDefaults: [String: String], topicConfigs: [String: String]) throws -> TopicSettings {
        let merged = brokerDefaults.merging(topicConfigs) { _, topic in topic }
        let logConfig = try LogConfig(properties: merged)
        let minInsyncReplicas = merged["min.insync.replicas"].flatMap { Int($0) } ?? 1
        return TopicSettings(logConfig: logConfig, minInsyncReplicas: max(1, minInsyncReplicas))
    }
}
