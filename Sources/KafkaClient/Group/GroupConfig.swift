/// A consumer's group settings, with Kafka's property names and defaults (Kafka ConsumerConfig).
public struct GroupConfig: Sendable {
    /// `group.id`.
    public var groupId: String
    /// `group.instance.id`: makes the member static (KIP-345); nil for a dynamic member.
    public var groupInstanceId: String?
    /// `session.timeout.ms` (default 45000): the coordinator evicts a member silent for this long.
    public var sessionTimeout: Duration
    /// `heartbeat.interval.ms` (default 3000).
    public var heartbeatInterval: Duration
    /// `max.poll.interval.ms` (default 300000): also the rebalance timeout sent in JoinGroup; a
    /// member that does not poll for this long leaves the group.
    public var maxPollInterval: Duration
    /// `partition.assignment.strategy` in preference order (default range, cooperative-sticky).
    public var assignors: [any PartitionAssignor]
    /// `enable.auto.commit` (default true).
    public var enableAutoCommit: Bool
    /// `auto.commit.interval.ms` (default 5000).
    public var autoCommitInterval: Duration

    public init(
        groupId: String, groupInstanceId: String? = nil, sessionTimeout: Duration = .milliseconds(45000),
        heartbeatInterval: Duration = .milliseconds(3000), maxPollInterval: Duration = .milliseconds(300_000),
        assignors: [any PartitionAssignor] = [RangeAssignor(), CooperativeStickyAssignor()],
        enableAutoCommit: Bool = true, autoCommitInterval: Duration = .milliseconds(5000)
    ) {
        self.groupId = groupId
        self.groupInstanceId = groupInstanceId
        self.sessionTimeout = sessionTimeout
        self.heartbeatInterval = heartbeatInterval
        self.maxPollInterval = maxPollInterval
        self.assignors = assignors
        self.enableAutoCommit = enableAutoCommit
        self.autoCommitInterval = autoCommitInterval
    }

    /// Reads the group keys; nil when `group.id` is absent (then the group keys are only
    /// marked known, as Kafka ignores them without a group).
    /// - Throws: `KafkaConfigError` for a bad value or an unknown assignor.
    static func read(from reader: inout ConfigReader) throws -> GroupConfig? {
        let groupId = reader.optionalString("group.id")
        let instanceId = reader.optionalString("group.instance.id")
        let session = try reader.milliseconds("session.timeout.ms", default: 45000, in: 1...Int(Int32.max))
        let heartbeat = try reader.milliseconds("heartbeat.interval.ms", default: 3000, in: 1...Int(Int32.max))
        let maxPoll = try reader.milliseconds("max.poll.interval.ms", default: 300_000, in: 1...Int(Int32.max))
        let names = reader.list(
            "partition.assignment.strategy",
            default: [
                "org.apache.kafka.clients.consumer.RangeAssignor",
                "org.apache.kafka.clients.consumer.CooperativeStickyAssignor",
            ])
        var assignors: [any PartitionAssignor] = []
        for name in names {
            guard let assignor = PartitionAssignors.named(name) else {
                throw KafkaConfigError(
                    key: "partition.assignment.strategy", value: name, reason: "Class \(name) cannot be found")
            }
            assignors.append(assignor)
        }
        let autoCommit = try reader.boolean("enable.auto.commit", default: true)
        let interval = try reader.milliseconds("auto.commit.interval.ms", default: 5000, in: 0...Int(Int32.max))
        guard let groupId else { return nil }
        if heartbeat >= session {
            throw KafkaConfigError(
                key: "heartbeat.interval.ms", value: "\(heartbeat.milliseconds)",
                reason: "heartbeat.interval.ms must be lower than session.timeout.ms")
        }
        return GroupConfig(
            groupId: groupId, groupInstanceId: instanceId.flatMap { $0.isEmpty ? nil : $0 }, sessionTimeout: session,
            heartbeatInterval: heartbeat, maxPollInterval: maxPoll, assignors: assignors,
            enableAutoCommit: autoCommit, autoCommitInterval: interval)
    }
}
