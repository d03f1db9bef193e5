/// The group coordinator's broker settings (Kafka GroupCoordinatorConfig.java), read from the
/// `group.*`, `offsets.*` and `offset.metadata.max.bytes` keys.
public struct GroupCoordinatorSettings: Sendable {
    /// `group.initial.rebalance.delay.ms`: how long the first rebalance of an empty group waits
    /// for more members.
    public var initialRebalanceDelayMs: Int64 = 3000
    public var minSessionTimeoutMs: Int32 = 6000
    public var maxSessionTimeoutMs: Int32 = 1_800_000
    /// `group.max.size`.
    public var maxSize: Int = Int(Int32.max)
    /// `offset.metadata.max.bytes`.
    public var offsetMetadataMaxBytes: Int = 4096
    /// `offsets.retention.minutes` in milliseconds.
    public var offsetsRetentionMs: Int64 = 10080 * 60_000
    /// `offsets.retention.check.interval.ms`.
    public var offsetsRetentionCheckIntervalMs: Int64 = 600_000
    /// `offsets.topic.num.partitions`.
    public var offsetsTopicPartitions: Int32 = 50

    public init() {}

    /// The settings of a broker configuration.
    public init(config: BrokerConfig) {
        self.initialRebalanceDelayMs = Int64(config.int("group.initial.rebalance.delay.ms"))
        self.minSessionTimeoutMs = config.int("group.min.session.timeout.ms")
        self.maxSessionTimeoutMs = config.int("group.max.session.timeout.ms")
        self.maxSize = Int(config.int("group.max.size"))
        self.offsetMetadataMaxBytes = Int(config.int("offset.metadata.max.bytes"))
        self.offsetsRetentionMs = Int64(config.int("offsets.retention.minutes")) * 60_000
        self.offsetsRetentionCheckIntervalMs = config.long("offsets.retention.check.interval.ms")
        self.offsetsTopicPartitions = config.int("offsets.topic.num.partitions")
    }
}
