import KafkaProtocol

/// What CreateTopics reports for a created (or validated) topic; fields are -1/empty when the
/// broker's version does not return them (before CreateTopics v5).
public struct CreatedTopic: Sendable, Equatable {
    public var name: String
    public var topicId: Uuid
    public var numPartitions: Int32
    public var replicationFactor: Int16
    public var configs: [String: String?]
}
