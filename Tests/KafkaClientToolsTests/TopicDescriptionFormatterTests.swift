@testable import KafkaClient
@testable import KafkaClientTools
import KafkaProtocol
import KafkaTools
import Testing

/// `--describe` lines to the character (../shared/tools-spec/ktopics.md "--describe").
@Suite struct TopicDescriptionFormatterTests {
    static func options(_ flags: [String]) throws -> TopicsOptions {
        let parsed = try OptionParser(options: TopicsCommand.allOptions).parse(
            ["--bootstrap-server", "h:1", "--describe"] + flags)
        return try TopicsOptions(parsed)
    }

    static func entry(_ name: String, _ value: String?, source: ConfigEntry.Source) -> ConfigEntry {
        ConfigEntry(
            name: name, value: value, source: source, isReadOnly: false, isSensitive: false,
            isDefault: source == .defaultConfig, synonyms: [])
    }

    static let topicId = Uuid("NPmZHyhbR9y00wMglMH2sg")!
    static let healthy = TopicPartitionInfo(
        partition: 0, leaderId: 1, replicas: [1], isr: [1], eligibleLeaderReplicas: [], lastKnownElr: [])
    static let configs = [
        entry("segment.bytes", "1073741824", source: .staticBrokerConfig),
        entry("retention.ms", "604800000", source: .defaultConfig),
        entry("min.insync.replicas", "2", source: .dynamicTopicConfig),
    ]

    @Test func theSpecExampleIsReproducedExactly() throws {
        let topic = DescribedTopic(name: "quickstart-events", topicId: Self.topicId, isInternal: false, partitions: [Self.healthy])
        let lines = TopicDescriptionFormatter(options: try Self.options([]), liveBrokers: [1]).lines(
            for: topic, configs: [Self.entry("segment.bytes", "1073741824", source: .staticBrokerConfig)],
            reassignments: [:])
        #expect(
            lines == [
                "Topic: quickstart-events\tTopicId: NPmZHyhbR9y00wMglMH2sg\tPartitionCount: 1\tReplicationFactor: 1\t"
                    + "Configs: segment.bytes=1073741824",
                "\tTopic: quickstart-events\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: ",
            ])
    }

    @Test func aZeroTopicIdIsLeftOutAndConfigsAreSortedNonDefaults() {
        let line = TopicDescriptionFormatter.summaryLine(
            name: "t", topicId: .zero, partitionCount: 2, replicationFactor: 3, configs: Self.configs.filter { !$0.isDefault })
        #expect(line == "Topic: t\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: min.insync.replicas=2,segment.bytes=1073741824")
        #expect(
            TopicDescriptionFormatter.summaryLine(name: "t", topicId: .zero, partitionCount: 1, replicationFactor: 1, configs: [])
                == "Topic: t\tPartitionCount: 1\tReplicationFactor: 1\tConfigs: ")
    }

    @Test func partitionLinesShowNoLeaderReassignmentsAndMissingElr() {
        let partition = TopicPartitionInfo(partition: 3, leaderId: nil, replicas: [1, 2, 3], isr: [])
        let reassignment = PartitionReassignment(replicas: [1, 2, 3, 4], addingReplicas: [4], removingReplicas: [1])
        #expect(
            TopicDescriptionFormatter.partitionLine(topic: "t", partition: partition, reassignment: reassignment)
                == "\tTopic: t\tPartition: 3\tLeader: none\tReplicas: 1,2,3\tIsr: \tAdding Replicas: 4\t"
                + "Removing Replicas: 1\tElr: N/A\tLastKnownElr: N/A")
    }

    static let mixed = DescribedTopic(
        name: "m", topicId: .zero, isInternal: false,
        partitions: [
            TopicPartitionInfo(partition: 1, leaderId: 2, replicas: [1, 2], isr: [2], eligibleLeaderReplicas: [], lastKnownElr: []),
            TopicPartitionInfo(partition: 0, leaderId: 1, replicas: [1, 2], isr: [1, 2], eligibleLeaderReplicas: [], lastKnownElr: []),
            TopicPartitionInfo(partition: 2, leaderId: nil, replicas: [1, 2], isr: [], eligibleLeaderReplicas: [], lastKnownElr: []),
        ])

    @Test(arguments: [
        (["--under-replicated-partitions"], [1, 2]),
        (["--unavailable-partitions"], [1, 2]),
        (["--under-min-isr-partitions"], [1, 2]),
        (["--at-min-isr-partitions"], [0]),
        (["--at-min-isr-partitions", "--unavailable-partitions"], [0, 1, 2]),
    ])
    func partitionFiltersSelectPartitionsAndHideTheSummary(flags: [String], partitions: [Int32]) throws {
        // Broker 2 is not live; min.insync.replicas is 2.
        let lines = TopicDescriptionFormatter(options: try Self.options(flags), liveBrokers: [1]).lines(
            for: Self.mixed, configs: Self.configs, reassignments: [:])
        #expect(lines.map { $0.split(separator: "\t")[2] } == partitions.map { "Partition: \($0)" })
    }

    @Test func topicsWithOverridesPrintsOnlySummariesOfTopicsWithOverrides() throws {
        let formatter = TopicDescriptionFormatter(options: try Self.options(["--topics-with-overrides"]), liveBrokers: [1])
        #expect(formatter.lines(for: Self.mixed, configs: Self.configs, reassignments: [:]).count == 1)
        let defaults = [Self.entry("retention.ms", "604800000", source: .defaultConfig)]
        #expect(formatter.lines(for: Self.mixed, configs: defaults, reassignments: [:]).isEmpty)
    }

    @Test func theReplicationFactorDiscountsReplicasBeingAdded() throws {
        let reassignment = PartitionReassignment(replicas: [1, 2, 3], addingReplicas: [3], removingReplicas: [])
        let lines = TopicDescriptionFormatter(options: try Self.options([]), liveBrokers: [1, 2]).lines(
            for: Self.mixed, configs: [], reassignments: [0: reassignment])
        #expect(lines[0] == "Topic: m\tPartitionCount: 3\tReplicationFactor: 2\tConfigs: ")
        #expect(lines[1].contains("\tAdding Replicas: 3\tRemoving Replicas: \tElr: "))
    }
}
