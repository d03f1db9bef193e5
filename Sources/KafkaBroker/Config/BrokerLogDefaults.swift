import KafkaStorage

/// Broker-wide log defaults (`log.*` keys) as the LogConfig every topic starts from; topic
/// overrides are applied over it (Kafka LogConfig.fromProps with ServerTopicConfigSynonyms).
public enum BrokerLogDefaults {
    /// The topic-level properties the broker's configuration implies.
    public static func topicProperties(_ config: BrokerConfig) -> [String: String] {
        var properties: [String: String] = [
            "retention.ms": String(config.logRetentionMs),
            "segment.ms": String(config.logRollMs),
        ]
        for (topicKey, brokerKey) in TopicConfigNames.brokerSynonyms where properties[topicKey] == nil {
            guard config.originals[brokerKey] != nil || BrokerConfigDefinitions.byName[brokerKey]?.defaultValue != nil
            else { continue }
            switch BrokerConfigDefinitions.byName[brokerKey]?.type {
            case .list: properties[topicKey] = config.list(brokerKey).joined(separator: ",")
            case .int, .short: properties[topicKey] = String(config.int(brokerKey))
            case .long: properties[topicKey] = String(config.long(brokerKey))
            case .double: properties[topicKey] = String(config.double(brokerKey))
            case .boolean: properties[topicKey] = String(config.bool(brokerKey))
            default: if let value = config.string(brokerKey) { properties[topicKey] = value }
            }
        }
        return properties
    }

    /// The default LogConfig for topics on this broker.
    public static func logConfig(_ config: BrokerConfig) throws -> LogConfig {
        try LogConfig(properties: self.topicProperties(config))
    }
}
