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
}
