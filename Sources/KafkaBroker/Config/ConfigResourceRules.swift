import KafkaProtocol

/// The checks DescribeConfigs, AlterConfigs and IncrementalAlterConfigs share about which resource
/// a request names (Kafka ConfigResource.Type ids and ConfigHelper / ConfigAdminManager rules).
enum ConfigResourceRules {
    static let topicType = MetadataImage.ConfigResource.topicType
    static let brokerType = MetadataImage.ConfigResource.brokerType

    /// Kafka's name for a resource type id (ConfigResource.Type).
    static func typeName(_ type: Int8) -> String {
        switch type {
        case 2: return "TOPIC"
        case 4: return "BROKER"
        case 8: return "BROKER_LOGGER"
        case 16: return "CLIENT_METRICS"
        case 32: return "GROUP"
        default: return "UNKNOWN"
        }
    }

    /// Why a broker resource name does not address this node; nil for "" (the cluster-wide
    /// defaults) and for this node's id (Kafka ConfigHelper `resourceNameToBrokerId`).
    static func brokerNameProblem(_ name: String, nodeId: Int32) -> String? {
        if name.isEmpty { return nil }
        guard let id = Int32(name) else { return "Broker id must be an integer, but it is: \(name)" }
        if id != nodeId { return "Unexpected broker id, expected \(nodeId) or empty string, but received \(name)" }
        return nil
    }

    /// The answer for a resource type this broker does not manage configs for.
    static func unsupported(_ type: Int8) -> (ErrorCode, String) {
        if Self.typeName(type) == "UNKNOWN" { return (.invalidRequest, "Unknown resource type \(type).") }
        return (.invalidRequest, "Resource type \(Self.typeName(type)) is not supported by this broker.")
    }

    /// The answer for changing a broker config: this broker has no dynamic broker configs.
    static let brokerConfigsAreStatic = (
        ErrorCode.invalidConfig,
        "Cannot update broker configs dynamically: this broker reads them from server.properties only."
    )
}
