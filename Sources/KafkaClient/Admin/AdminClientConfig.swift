/// The admin client's settings (Kafka AdminClientConfig).
public struct AdminClientConfig: Sendable {
    public var cluster: ClusterConfig
    /// `default.api.timeout.ms` (default 60000): the time an operation may take, also sent as the
    /// `timeoutMs` of CreateTopics, DeleteTopics and CreatePartitions.
    public var defaultApiTimeout: Duration

    public init(cluster: ClusterConfig, defaultApiTimeout: Duration = .milliseconds(60000)) {
        var cluster = cluster
        // The admin client never creates topics by looking at them (Kafka sends
        // allowAutoTopicCreation=false in its Metadata requests).
        cluster.allowAutoTopicCreation = false
        self.cluster = cluster
        self.defaultApiTimeout = defaultApiTimeout
    }

    /// Reads a Java-style properties map; unknown keys go to `warn`.
    /// - Throws: `KafkaConfigError` naming the first invalid key.
    public init(properties: [String: String], warn: (String) -> Void = { _ in }) throws {
        var reader = ConfigReader(properties)
        let cluster = try ClusterConfig.read(from: &reader)
        self.init(
            cluster: cluster, defaultApiTimeout: try reader.milliseconds("default.api.timeout.ms", default: 60000))
        reader.unknownKeyWarnings.forEach(warn)
    }
}
