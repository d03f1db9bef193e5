import KafkaProtocol
import Testing

@testable import KafkaBroker

@Suite struct TopicAdminHandlerTests {
    typealias Creatable = CreateTopicsRequest.CreatableTopic

    static func topic(
        _ name: String, partitions: Int32 = 1, replicationFactor: Int16 = 1, configs: [String: String?] = [:],
        assignments: [Int32: [Int32]] = [:]
    ) -> Creatable {
        Creatable(
            name: name, numPartitions: partitions, replicationFactor: replicationFactor,
            assignments: assignments.sorted { $0.key < $1.key }.map { .init(partitionIndex: $0.key, brokerIds: $0.value) },
            configs: configs.sorted { $0.key < $1.key }.map { .init(name: $0.key, value: $0.value) })
    }

    @Test("topics are created, seen in Metadata and deleted by name", arguments: [(2, 1), (7, 5)] as [(Int16, Int16)])
    func createAndDeleteByName(createVersion: Int16, deleteVersion: Int16) async throws {
        try await AdminTestBroker.with { broker in
            let request = CreateTopicsRequest(topics: [Self.topic("orders", partitions: 3), Self.topic("audit")])
            let created = try await broker.dispatch(request, version: createVersion)
            #expect(created.topics.map(\.name) == ["orders", "audit"])
            #expect(created.topics.allSatisfy { $0.errorCode == 0 && $0.errorMessage == nil })
            let id = try #require(broker.image.topicIdsByName["orders"])
            #expect(created.topics[0].topicId == (createVersion >= 7 ? id : .zero))
            #expect(created.topics[0].numPartitions == (createVersion >= 5 ? 3 : -1))
            #expect(broker.image.topic(named: "orders")?.partitions.count == 3)

            let deleted = try await broker.dispatch(DeleteTopicsRequest(topicNames: ["orders", "audit"]), version: deleteVersion)
            #expect(deleted.responses.map(\.name) == ["orders", "audit"])
            #expect(deleted.responses.allSatisfy { $0.errorCode == 0 && $0.errorMessage == nil })
            #expect(broker.image.topicIdsByName.isEmpty)
            let metadata = try await broker.dispatch(
                MetadataRequest(topics: [.init(name: "orders")], allowAutoTopicCreation: false), version: 12)
            #expect(metadata.topics.first?.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        }
    }

    @Test("each topic fails on its own with Kafka's error codes")
    func createErrors() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("existing")
            let request = CreateTopicsRequest(topics: [
                Self.topic("good"),
                Self.topic("bad/name"),
                Self.topic("twice"), Self.topic("twice", partitions: 2),
                Self.topic("existing"),
                Self.topic("no-partitions", partitions: 0),
                Self.topic("too-many-replicas", replicationFactor: 2),
                Self.topic("zero-replicas", replicationFactor: 0),
                Self.topic("unknown-config", configs: ["no.such.config": "1"]),
                Self.topic("bad-value", configs: ["retention.ms": "soon"]),
                Self.topic("null-value", configs: ["retention.ms": nil]),
                Self.topic("both", partitions: 1, replicationFactor: 1, assignments: [0: [1]]),
                Self.topic("unknown-broker", partitions: -1, replicationFactor: -1, assignments: [0: [7]]),
                Self.topic("gap", partitions: -1, replicationFactor: -1, assignments: [0: [1], 2: [1]]),
            ])
            let response = try await broker.dispatch(request, version: 7)
            let codes = Dictionary(uniqueKeysWithValues: response.topics.map { ($0.name, ErrorCode(rawValue: $0.errorCode)) })
            #expect(response.topics.count == 13)
            #expect(codes["good"] == ErrorCode.none)
            #expect(codes["bad/name"] == .invalidTopicException)
            #expect(codes["twice"] == .invalidRequest)
            #expect(codes["existing"] == .topicAlreadyExists)
            #expect(codes["no-partitions"] == .invalidPartitions)
            #expect(codes["too-many-replicas"] == .invalidReplicationFactor)
            #expect(codes["zero-replicas"] == .invalidReplicationFactor)
            #expect(codes["unknown-config"] == .invalidConfig)
            #expect(codes["bad-value"] == .invalidConfig)
            #expect(codes["null-value"] == .invalidConfig)
            #expect(codes["both"] == .invalidRequest)
            #expect(codes["unknown-broker"] == .invalidReplicaAssignment)
            #expect(codes["gap"] == .invalidReplicaAssignment)
            let twice = try #require(response.topics.first { $0.name == "twice" })
            #expect(twice.errorMessage == "Duplicate topic name.")
            let failed = try #require(response.topics.first { $0.name == "existing" })
            #expect(failed.topicId == .zero && failed.numPartitions == -1 && failed.replicationFactor == -1)
            #expect(failed.errorMessage == "Topic 'existing' already exists.")
            #expect(Set(broker.image.topicIdsByName.keys) == ["existing", "good"])
        }
    }

    @Test("validateOnly runs every check and creates nothing")
    func validateOnly() async throws {
        try await AdminTestBroker.with { broker in
            let request = CreateTopicsRequest(
                topics: [Self.topic("would-work", partitions: 2), Self.topic("would-fail", partitions: -7)], validateOnly: true)
            let response = try await broker.dispatch(request, version: 7)
            #expect(response.topics[0].errorCode == 0 && response.topics[0].numPartitions == 2)
            #expect(response.topics[0].replicationFactor == 1 && response.topics[0].configs?.isEmpty == false)
            #expect(response.topics[1].errorCode == ErrorCode.invalidPartitions.rawValue)
            #expect(broker.image.topicIdsByName.isEmpty)
        }
    }

    @Test("v5+ results list every topic config with Kafka's sources", arguments: [5, 7] as [Int16])
    func createdConfigs(version: Int16) async throws {
        try await AdminTestBroker.with(["log.cleanup.policy": "compact", "log.retention.hours": "24"]) { broker in
            let request = CreateTopicsRequest(topics: [Self.topic("configured", configs: ["max.message.bytes": "2000"])])
            let result = try #require(try await broker.dispatch(request, version: version).topics.first)
            let configs = Dictionary(uniqueKeysWithValues: (result.configs ?? []).map { ($0.name, $0) })
            #expect(configs.count == TopicConfigDefinitions.all.count)
            #expect(configs["max.message.bytes"]?.value == "2000")
            #expect(configs["max.message.bytes"]?.configSource == ConfigSource.dynamicTopicConfig.rawValue)
            #expect(configs["cleanup.policy"]?.value == "compact")
            #expect(configs["cleanup.policy"]?.configSource == ConfigSource.staticBrokerConfig.rawValue)
            #expect(configs["retention.ms"]?.value == "86400000")
            #expect(configs["retention.ms"]?.configSource == ConfigSource.staticBrokerConfig.rawValue)
            #expect(configs["segment.bytes"]?.value == "1073741824")
            #expect(configs["segment.bytes"]?.configSource == ConfigSource.defaultConfig.rawValue)
            #expect(configs.values.allSatisfy { !$0.readOnly && !$0.isSensitive })
            #expect(broker.image.topicConfig("configured") == ["max.message.bytes": "2000"])
        }
    }

    @Test("a manual replica assignment decides the partitions")
    func manualAssignment() async throws {
        try await AdminTestBroker.with { broker in
            let request = CreateTopicsRequest(topics: [
                Self.topic("placed", partitions: -1, replicationFactor: -1, assignments: [0: [1], 1: [1]])
            ])
            let result = try #require(try await broker.dispatch(request, version: 7).topics.first)
            #expect(result.errorCode == 0 && result.numPartitions == 2 && result.replicationFactor == 1)
            #expect(broker.image.topic(named: "placed")?.partitions[1]?.replicas == [1])
        }
    }

    @Test("v6 deletes by name or id with Kafka's errors for unknown, ambiguous and repeated topics")
    func deleteByIdAndErrors() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("by-id")
            try await broker.createTopic("by-name")
            try await broker.createTopic("repeated")
            let id = try #require(broker.image.topicIdsByName["by-id"])
            let unknownId = Uuid.random()
            let request = DeleteTopicsRequest(topics: [
                .init(name: nil, topicId: id),
                .init(name: "by-name"),
                .init(name: "missing"),
                .init(name: nil, topicId: unknownId),
                .init(name: "both", topicId: Uuid.random()),
                .init(name: nil, topicId: .zero),
                .init(name: "repeated"), .init(name: "repeated"),
            ])
            let response = try await broker.dispatch(request, version: 6)
            #expect(response.responses.count == 7)
            #expect(response.responses[0].name == "by-id" && response.responses[0].topicId == id)
            #expect(response.responses[0].errorCode == 0)
            #expect(response.responses[1].name == "by-name" && response.responses[1].errorCode == 0)
            #expect(response.responses[1].topicId != .zero)
            #expect(response.responses[2].errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
            #expect(response.responses[3].name == nil && response.responses[3].topicId == unknownId)
            #expect(response.responses[3].errorCode == ErrorCode.unknownTopicId.rawValue)
            #expect(response.responses[4].errorCode == ErrorCode.invalidRequest.rawValue)
            #expect(response.responses[5].errorCode == ErrorCode.invalidRequest.rawValue)
            #expect(response.responses[6].errorMessage == "Duplicate topic name.")
            #expect(Set(broker.image.topicIdsByName.keys) == ["repeated"])
        }
    }

    @Test("disabled deletion is TOPIC_DELETION_DISABLED from v3 and INVALID_REQUEST before", arguments: [1, 2, 3, 6] as [Int16])
    func deletionDisabled(version: Int16) async throws {
        try await AdminTestBroker.with(["delete.topic.enable": "false"]) { broker in
            try await broker.createTopic("kept")
            let request = version >= 6 ? DeleteTopicsRequest(topics: [.init(name: "kept")]) : DeleteTopicsRequest(topicNames: ["kept"])
            let response = try await broker.dispatch(request, version: version)
            let expected: ErrorCode = version >= 3 ? .topicDeletionDisabled : .invalidRequest
            #expect(response.responses.map(\.errorCode) == [expected.rawValue])
            #expect(broker.image.topic(named: "kept") != nil)
        }
    }

    @Test("CreatePartitions grows topics and answers Kafka's errors", arguments: [0, 3] as [Int16])
    func createPartitions(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            for name in ["grow", "placed", "same", "dry-run", "wrong-count", "unknown-broker", "repeated"] {
                try await broker.createTopic(name)
            }
            typealias Topic = CreatePartitionsRequest.CreatePartitionsTopic
            let request = CreatePartitionsRequest(topics: [
                Topic(name: "grow", count: 3, assignments: nil),
                Topic(name: "placed", count: 2, assignments: [.init(brokerIds: [1])]),
                Topic(name: "same", count: 1, assignments: nil),
                Topic(name: "missing", count: 2, assignments: nil),
                Topic(name: "wrong-count", count: 3, assignments: [.init(brokerIds: [1])]),
                Topic(name: "unknown-broker", count: 2, assignments: [.init(brokerIds: [9])]),
                Topic(name: "repeated", count: 2, assignments: nil), Topic(name: "repeated", count: 3, assignments: nil),
            ])
            let response = try await broker.dispatch(request, version: version)
            let codes = response.results.map { ErrorCode(rawValue: $0.errorCode) }
            #expect(response.results.map(\.name) == ["grow", "placed", "same", "missing", "wrong-count", "unknown-broker", "repeated"])
            #expect(codes == [.none, .none, .invalidPartitions, .unknownTopicOrPartition, .invalidReplicaAssignment, .invalidReplicaAssignment, .invalidRequest])
            #expect(response.results[0].errorMessage == nil)
            #expect(broker.image.topic(named: "grow")?.partitions.count == 3)
            #expect(broker.image.topic(named: "placed")?.partitions[1]?.replicas == [1])
            #expect(broker.image.topic(named: "repeated")?.partitions.count == 1)

            let dryRun = CreatePartitionsRequest(topics: [Topic(name: "dry-run", count: 4, assignments: nil)], validateOnly: true)
            #expect(try await broker.dispatch(dryRun, version: version).results.map(\.errorCode) == [0])
            #expect(broker.image.topic(named: "dry-run")?.partitions.count == 1)
        }
    }

    @Test("the topic handlers answer directly, without the registry")
    func direct() async throws {
        try await AdminTestBroker.with { broker in
            let create = CreateTopicsHandler(context: broker.context)
            let created = try #require(
                try await create.handle(CreateTopicsRequest(topics: [Self.topic("direct")]), version: 7, client: broker.client))
            #expect(created.topics.first?.errorCode == 0)
            let grow = CreatePartitionsHandler(context: broker.context)
            let grown = try #require(
                try await grow.handle(
                    CreatePartitionsRequest(topics: [.init(name: "direct", count: 2, assignments: nil)]), version: 3,
                    client: broker.client))
            #expect(grown.results.first?.errorCode == 0)
            let delete = DeleteTopicsHandler(context: broker.context)
            let deleted = try #require(
                try await delete.handle(DeleteTopicsRequest(topicNames: ["direct"]), version: 5, client: broker.client))
            #expect(deleted.responses.first?.errorCode == 0)
            #expect(broker.image.topicIdsByName.isEmpty)
        }
    }
}
