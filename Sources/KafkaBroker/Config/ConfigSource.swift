/// Where a described configuration value comes from: Kafka's `DescribeConfigsResponse.ConfigSource`
/// ids, as DescribeConfigs (v1+) and CreateTopics (v5+) report them.
enum ConfigSource: Int8, Sendable {
    case unknown = 0
    /// A per-topic override (Kafka calls the enum constant TOPIC_CONFIG).
    case dynamicTopicConfig = 1
    case dynamicBrokerConfig = 2
    case dynamicDefaultBrokerConfig = 3
    /// Set in `server.properties` (or an `--override`).
    case staticBrokerConfig = 4
    /// Kafka's built-in default.
    case defaultConfig = 5
    case dynamicBrokerLoggerConfig = 6
    case clientMetricsConfig = 7
    case groupConfig = 8
}
