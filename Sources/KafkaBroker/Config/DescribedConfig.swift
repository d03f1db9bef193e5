/// One configuration entry as DescribeConfigs reports it: the effective value, where it comes from,
/// and (when asked for) the synonyms it was resolved from, highest precedence first (Kafka
/// ConfigHelper `createTopicConfigEntry` / `createBrokerConfigEntry`).
struct DescribedConfig: Sendable, Equatable {
    /// A lower-precedence source of the same setting, e.g. `log.retention.hours` for `retention.ms`.
    struct Synonym: Sendable, Equatable {
        var name: String
        /// Nil for sensitive values.
        var value: String?
        var source: ConfigSource
    }

    var name: String
    /// Nil when the value is sensitive or unset (a null default).
    var value: String?
    var source: ConfigSource
    var isSensitive: Bool
    var readOnly: Bool
    /// Nil when the key is not one Kafka's config definitions know.
    var type: ConfigDefinition.ValueType?
    var synonyms: [Synonym]

    /// Kafka's `DescribeConfigsResponse.ConfigType` id for the type (UNKNOWN 0, BOOLEAN 1, STRING 2,
    /// INT 3, SHORT 4, LONG 5, DOUBLE 6, LIST 7, CLASS 8, PASSWORD 9).
    var typeId: Int8 {
        switch self.type {
        case .none: return 0
        case .boolean: return 1
        case .string: return 2
        case .int: return 3
        case .short: return 4
        case .long: return 5
        case .double: return 6
        case .list: return 7
        case .password: return 9
        }
    }
}
