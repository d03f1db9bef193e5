import KafkaStorage

/// What request handlers share: configuration, the metadata image, the controller, the logs.
/// Built once at start-up by `KafkaServer` and handed to every handler.
public struct BrokerContext: Sendable {
    public let config: BrokerConfig
    public let clusterId: String
    public let publisher: MetadataPublisher
    public let controller: QuorumController
    public let logManager: LogManager

    public var nodeId: Int32 { self.config.nodeId }

    public init(
        config: BrokerConfig, clusterId: String, publisher: MetadataPublisher, controller: QuorumController,
        logManager: LogManager
    ) {
        self.config = config
        self.clusterId = clusterId
        self.publisher = publisher
        self.controller = controller
        self.logManager = logManager
    }
}
