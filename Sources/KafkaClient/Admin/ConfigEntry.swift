/// One config value as DescribeConfigs reports it (Kafka ConfigEntry).
public struct ConfigEntry: Sendable, Equatable {
    /// Where a value comes from (Kafka ConfigEntry.ConfigSource, by wire value).
    public enum Source: Int8, Sendable {
        case unknown = 0
        case dynamicTopicConfig = 1
        case dynamicBrokerConfig = 2
        case dynamicDefaultBrokerConfig = 3
        case staticBrokerConfig = 4
        case defaultConfig = 5
        case dynamicBrokerLoggerConfig = 6
        case clientMetricsConfig = 7
        case groupConfig = 8
    }

    public var name: String
    /// nil for a sensitive or unset value.
    public var value: String?
    public var source: Source
    public var isReadOnly: Bool
    public var isSensitive: Bool
    /// Whether the value is the default (the source says so from DescribeConfigs v1).
    public var isDefault: Bool
    /// The values that would apply in order of precedence, when synonyms were asked for.
    public var synonyms: [(name: String, value: String?, source: Source)]

    public static func == (lhs: ConfigEntry, rhs: ConfigEntry) -> Bool {
        lhs.name == rhs.name && lhs.value == rhs.value && lhs.source == rhs.source && lhs.isReadOnly == rhs.isReadOnly
            && lhs.isSensitive == rhs.isSensitive && lhs.isDefault == rhs.isDefault
            && lhs.synonyms.map(\.name) == rhs.synonyms.map(\.name)
    }
}
