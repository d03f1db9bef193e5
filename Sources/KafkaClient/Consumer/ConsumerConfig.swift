/// The consumer's settings, with Kafka's property names and defaults (Kafka ConsumerConfig).
/// With `group.id` set, `group` holds the group settings and the consumer can `subscribe`.
public struct ConsumerConfig: Sendable {
    /// `auto.offset.reset`: where to start when a partition has no position or it is out of range.
    public enum OffsetReset: String, Sendable {
        case earliest, latest, none
    }

    /// `isolation.level`.
    public enum IsolationLevel: Int8, Sendable {
        /// Every record, including those of open and aborted transactions.
        case readUncommitted = 0
        /// Only committed records, up to the last stable offset.
        case readCommitted = 1
    }

    public var cluster: ClusterConfig
    /// `auto.offset.reset` (default latest).
    public var autoOffsetReset: OffsetReset
    /// `isolation.level` (default read_uncommitted).
    public var isolationLevel: IsolationLevel
    /// `fetch.min.bytes` (default 1).
    public var fetchMinBytes: Int
    /// `fetch.max.bytes` (default 52428800).
    public var fetchMaxBytes: Int
    /// `fetch.max.wait.ms` (default 500).
    public var fetchMaxWait: Duration
    /// `max.partition.fetch.bytes` (default 1048576).
    public var maxPartitionFetchBytes: Int
    /// `max.poll.records` (default 500).
    public var maxPollRecords: Int
    /// `check.crcs` (default true): verify each batch's CRC-32C.
    public var checkCRCs: Bool
    /// `client.rack` (default empty), sent with fetches (KIP-392).
    public var clientRack: String
    /// The group settings when `group.id` is set; nil for a consumer that only assigns manually.
    public var group: GroupConfig?

    public init(
        cluster: ClusterConfig,
        autoOffsetReset: OffsetReset = .latest,
        isolationLevel: IsolationLevel = .readUncommitted,
        fetchMinBytes: Int = 1,
        fetchMaxBytes: Int = 52_428_800,
        fetchMaxWait: Duration = .milliseconds(500),
        maxPartitionFetchBytes: Int = 1_048_576,
        maxPollRecords: Int = 500,
        checkCRCs: Bool = true,
        clientRack: String = "",
        group: GroupConfig? = nil
    ) {
        self.cluster = cluster
        self.autoOffsetReset = autoOffsetReset
        self.isolationLevel = isolationLevel
        self.fetchMinBytes = fetchMinBytes
        self.fetchMaxBytes = fetchMaxBytes
        self.fetchMaxWait = fetchMaxWait
        self.maxPartitionFetchBytes = maxPartitionFetchBytes
        self.maxPollRecords = maxPollRecords
        self.checkCRCs = checkCRCs
        self.clientRack = clientRack
        self.group = group
    }

    /// Reads a Java-style properties map.
    /// - Parameter warn: called with Kafka's warning for each key this client does not know.
    /// - Throws: `KafkaConfigError` naming the first invalid key.
    public init(properties: [String: String], warn: (String) -> Void = { _ in }) throws {
        var reader = ConfigReader(properties)
        var cluster = try ClusterConfig.read(from: &reader)
        cluster.allowAutoTopicCreation = try reader.boolean("allow.auto.create.topics", default: true)
        self.init(cluster: cluster)
        let reset = try reader.choice("auto.offset.reset", default: "latest", allowed: ["earliest", "latest", "none"])
        self.autoOffsetReset = OffsetReset(rawValue: reset) ?? .latest
        let isolation = try reader.choice(
            "isolation.level", default: "read_uncommitted", allowed: ["read_uncommitted", "read_committed"])
        self.isolationLevel = isolation == "read_committed" ? .readCommitted : .readUncommitted
        self.fetchMinBytes = try reader.integer("fetch.min.bytes", default: 1, in: 0...Int(Int32.max))
        self.fetchMaxBytes = try reader.integer("fetch.max.bytes", default: 52_428_800, in: 0...Int(Int32.max))
        self.fetchMaxWait = try reader.milliseconds("fetch.max.wait.ms", default: 500, in: 0...Int(Int32.max))
        self.maxPartitionFetchBytes = try reader.integer(
            "max.partition.fetch.bytes", default: 1_048_576, in: 0...Int(Int32.max))
        self.maxPollRecords = try reader.integer("max.poll.records", default: 500, in: 1...Int(Int32.max))
        self.checkCRCs = try reader.boolean("check.crcs", default: true)
        self.clientRack = reader.string("client.rack", default: "")
        reader.accept(["key.deserializer", "value.deserializer"])
        self.group = try GroupConfig.read(from: &reader)
        reader.unknownKeyWarnings.forEach(warn)
    }
}
