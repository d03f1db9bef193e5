/// Kafka's internal topics (Kafka Topic.java `INTERNAL_TOPICS`): flagged `isInternal` in Metadata
/// responses and created with their coordinator's settings rather than the broker defaults.
enum InternalTopics {
    /// The group coordinator's offsets and group metadata (Kafka GROUP_METADATA_TOPIC_NAME).
    static let groupMetadata = "__consumer_offsets"
    /// The transaction coordinator's state (Kafka TRANSACTION_STATE_TOPIC_NAME).
    static let transactionState = "__transaction_state"

    static func contains(_ name: String) -> Bool {
        name == Self.groupMetadata || name == Self.transactionState
    }

    /// What creating `name` asks the controller for (Kafka AutoTopicCreationManager.creatableTopic):
    /// the coordinator settings for the internal topics, the broker defaults for any other.
    static func creationSpec(_ name: String, config: BrokerConfig) -> QuorumController.TopicSpec {
        switch name {
        case Self.groupMetadata:
            // Kafka GroupCoordinator.groupMetadataTopicConfigs.
            return QuorumController.TopicSpec(
                name: name, numPartitions: config.int("offsets.topic.num.partitions"),
                replicationFactor: Int16(clamping: config.int("offsets.topic.replication.factor")),
                configs: [
                    "cleanup.policy": "compact", "compression.type": "producer",
                    "segment.bytes": String(config.int("offsets.topic.segment.bytes")),
                ])
        case Self.transactionState:
            // Kafka TransactionStateManager.transactionTopicConfigs.
            return QuorumController.TopicSpec(
                name: name, numPartitions: config.int("transaction.state.log.num.partitions"),
                replicationFactor: Int16(clamping: config.int("transaction.state.log.replication.factor")),
                configs: [
                    "cleanup.policy": "compact", "compression.type": "uncompressed",
                    "segment.bytes": String(config.int("transaction.state.log.segment.bytes")),
                    "min.insync.replicas": String(config.int("transaction.state.log.min.isr")),
                    "unclean.leader.election.enable": "false",
                ])
        default:
            // -1 asks the controller for num.partitions and default.replication.factor.
            return QuorumController.TopicSpec(name: name, numPartitions: -1, replicationFactor: -1)
        }
    }
}
