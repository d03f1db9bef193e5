import KafkaClient
import KafkaProtocol

/// The `--describe` output of ktopics, to the character (../shared/tools-spec/ktopics.md; Kafka
/// TopicCommand.java `TopicDescription.printDescription`, `PartitionDescription.printDescription`
/// and `DescribeOptions`). Pure: everything it needs is passed in.
public struct TopicDescriptionFormatter: Sendable {
    /// What the user asked to see.
    public var options: TopicsOptions
    /// The ids of the brokers that DescribeCluster reports (for `--unavailable-partitions`).
    public var liveBrokers: Set<Int32>

    public init(options: TopicsOptions, liveBrokers: Set<Int32>) {
        self.options = options
        self.liveBrokers = liveBrokers
    }

    /// The lines of one topic: the summary line (unless a partition filter is on; with
    /// `--topics-with-overrides` only for topics with a non-default config), then the partition
    /// lines (unless `--topics-with-overrides`; with filters only the matching partitions).
    ///
    /// - Parameters:
    ///   - configs: the topic's DescribeConfigs entries; nil when the cluster could not say.
    ///   - reassignments: ongoing reassignments by partition.
    public func lines(
        for topic: DescribedTopic, configs: [ConfigEntry]?, reassignments: [Int32: PartitionReassignment]
    ) -> [String] {
        var lines: [String] = []
        let partitions = topic.partitions.sorted { $0.partition < $1.partition }
        let overrides = (configs ?? []).filter { !$0.isDefault }
        if !self.options.hasPartitionFilter {
            if !self.options.reportOverriddenConfigs || !overrides.isEmpty {
                let first = partitions.first
                let replicationFactor = first.map {
                    Self.replicationFactor(of: $0, reassignment: reassignments[$0.partition])
                } ?? 0
                lines.append(
                    Self.summaryLine(
                        name: topic.name, topicId: topic.topicId, partitionCount: partitions.count,
                        replicationFactor: replicationFactor, configs: overrides))
            }
        }
        guard !self.options.reportOverriddenConfigs else { return lines }
        let minIsr = configs?.first { $0.name == "min.insync.replicas" }?.value.flatMap { Int($0) }
        for partition in partitions {
            let reassignment = reassignments[partition.partition]
            if self.shouldPrint(partition, minIsr: minIsr, reassignment: reassignment) {
                lines.append(Self.partitionLine(topic: topic.name, partition: partition, reassignment: reassignment))
            }
        }
        return lines
    }

    /// `Topic: <name>\tTopicId: <id>\tPartitionCount: <n>\tReplicationFactor: <rf>\tConfigs: <k=v,...>`;
    /// configs sorted by name (Kafka keeps the broker's order), the id left out when all-zero.
    public static func summaryLine(
        name: String, topicId: Uuid, partitionCount: Int, replicationFactor: Int, configs: [ConfigEntry]
    ) -> String {
        var line = "Topic: \(name)"
        if topicId != .zero { line += "\tTopicId: \(topicId)" }
        line += "\tPartitionCount: \(partitionCount)"
        line += "\tReplicationFactor: \(replicationFactor)"
        // Java string concatenation prints a null value as "null" (sensitive configs).
        let pairs = configs.sorted { $0.name < $1.name }.map { "\($0.name)=\($0.value ?? "null")" }
        line += "\tConfigs: " + pairs.joined(separator: ",")
        return line
    }

    /// `\tTopic: t\tPartition: p\tLeader: l\tReplicas: r\tIsr: i[\tAdding Replicas: a\tRemoving
    /// Replicas: r]\tElr: e\tLastKnownElr: k`.
    public static func partitionLine(
        topic: String, partition: TopicPartitionInfo, reassignment: PartitionReassignment?
    ) -> String {
        func ids(_ list: [Int32]) -> String { list.map(String.init).joined(separator: ",") }
        var line = "\tTopic: \(topic)"
        line += "\tPartition: \(partition.partition)"
        line += "\tLeader: " + (partition.leaderId.map(String.init) ?? "none")
        line += "\tReplicas: \(ids(partition.replicas))"
        line += "\tIsr: \(ids(partition.isr))"
        if let reassignment {
            line += "\tAdding Replicas: \(ids(reassignment.addingReplicas))"
            line += "\tRemoving Replicas: \(ids(reassignment.removingReplicas))"
        }
        line += "\tElr: " + (partition.eligibleLeaderReplicas.map(ids) ?? "N/A")
        line += "\tLastKnownElr: " + (partition.lastKnownElr.map(ids) ?? "N/A")
        return line
    }

    /// The replica count, minus the replicas being added while a reassignment runs
    /// (TopicCommand.getReplicationFactor).
    static func replicationFactor(of partition: TopicPartitionInfo, reassignment: PartitionReassignment?) -> Int {
        guard let reassignment else { return partition.replicas.count }
        return reassignment.replicas.count - reassignment.addingReplicas.count
    }

    /// DescribeOptions.shouldPrintTopicPartition: every partition without filters, else those
    /// matching at least one of them.
    func shouldPrint(_ partition: TopicPartitionInfo, minIsr: Int?, reassignment: PartitionReassignment?) -> Bool {
        guard self.options.hasPartitionFilter else { return true }
        let hasLeader = partition.leaderId != nil
        let isr = partition.isr.count
        let underReplicated = Self.replicationFactor(of: partition, reassignment: reassignment) - isr > 0
        let underMinIsr = !hasLeader || (minIsr.map { isr < $0 } ?? false)
        let atMinIsr = minIsr == isr
        let unavailable = !hasLeader || !self.liveBrokers.contains(partition.leaderId ?? -1)
        return (self.options.reportUnderReplicated && underReplicated)
            || (self.options.reportUnavailable && unavailable)
            || (self.options.reportUnderMinIsr && underMinIsr)
            || (self.options.reportAtMinIsr && atMinIsr)
    }
}
