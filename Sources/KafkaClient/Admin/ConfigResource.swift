/// Something with configs: a topic, a broker, a broker's loggers, ... (Kafka ConfigResource).
public struct ConfigResource: Hashable, Sendable, CustomStringConvertible {
    /// The resource type, by its wire value (Kafka ConfigResource.Type).
    public struct ResourceType: RawRepresentable, Hashable, Sendable {
        public var rawValue: Int8
        public init(rawValue: Int8) { self.rawValue = rawValue }

        public static let unknown = ResourceType(rawValue: 0)
        public static let topic = ResourceType(rawValue: 2)
        public static let broker = ResourceType(rawValue: 4)
        public static let brokerLogger = ResourceType(rawValue: 8)
        public static let clientMetrics = ResourceType(rawValue: 16)
        public static let group = ResourceType(rawValue: 32)
    }

    public var type: ResourceType
    /// The topic name, or the broker id as text ("" for cluster-wide broker defaults).
    public var name: String

    public init(type: ResourceType, name: String) {
        self.type = type
        self.name = name
    }

    public static func topic(_ name: String) -> ConfigResource { ConfigResource(type: .topic, name: name) }
    public static func broker(_ id: Int32) -> ConfigResource { ConfigResource(type: .broker, name: "\(id)") }

    public var description: String { "ConfigResource(type=\(self.type.rawValue), name='\(self.name)')" }
}

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

/// One change for IncrementalAlterConfigs (Kafka AlterConfigOp, KIP-339).
public struct AlterConfigOp: Sendable, Equatable {
    /// The operation, by wire value.
    public enum OpType: Int8, Sendable {
        case set = 0
        case delete = 1
        /// Add to a list-valued config.
        case append = 2
        /// Remove from a list-valued config.
        case subtract = 3
    }

    public var name: String
    public var value: String?
    public var operation: OpType

    public init(name: String, value: String?, operation: OpType) {
        self.name = name
        self.value = value
        self.operation = operation
    }

    public static func set(_ name: String, _ value: String) -> AlterConfigOp { .init(name: name, value: value, operation: .set) }
    public static func delete(_ name: String) -> AlterConfigOp { .init(name: name, value: nil, operation: .delete) }
}
