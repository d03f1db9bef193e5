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
