import KafkaProtocol
import Testing

@testable import KafkaBroker

@Suite struct MetadataHandlerTests {
    typealias Topic = MetadataRequest.MetadataRequestTopic

    static func named(_ names: String...) -> [Topic] { names.map { Topic(name: $0) } }

    @Test("all topics are listed with ids, partitions and the advertised broker", arguments: [0, 1, 4, 9, 12] as [Int16])
    func allTopics(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders", partitions: 2)
            try await broker.createTopic("alpha")
            // v0 asks for every topic with an empty list; later versions with a null one.
            let request = MetadataRequest(topics: version == 0 ? [] : nil)
            let response = try await broker.dispatch(request, version: version)
            #expect(response.brokers == [.init(nodeId: 1, host: "broker.test", port: 9092, rack: nil)])
            #expect(response.clusterId == (version >= 2 ? AdminTestBroker.clusterId : nil))
            #expect(response.controllerId == (version >= 1 ? 1 : -1))
            #expect(response.topics.map(\.name) == ["alpha", "orders"])
            let orders = try #require(response.topics.last)
            #expect(orders.errorCode == 0 && !orders.isInternal)
            #expect(orders.topicId == (version >= 10 ? broker.image.topicIdsByName["orders"] : .zero))
            #expect(orders.topicAuthorizedOperations == Int32.min)
            #expect(orders.partitions.map(\.partitionIndex) == [0, 1])
            for partition in orders.partitions {
                #expect(partition.errorCode == 0 && partition.leaderId == 1)
                #expect(partition.replicaNodes == [1] && partition.isrNodes == [1] && partition.offlineReplicas == [])
                #expect(partition.leaderEpoch == (version >= 7 ? 0 : -1))
            }
        }
    }

    @Test("an empty topic list from v1 asks for no topics")
    func emptyListIsNoTopics() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders")
            let response = try await broker.dispatch(MetadataRequest(topics: []), version: 1)
            #expect(response.topics.isEmpty)
            #expect(response.brokers.count == 1)
        }
    }

    @Test("named topics come back in request order, once each, with per-topic errors", arguments: [1, 12] as [Int16])
    func namedTopics(version: Int16) async throws {
        try await AdminTestBroker.with(["auto.create.topics.enable": "false"]) { broker in
            try await broker.createTopic("orders")
            let request = MetadataRequest(topics: Self.named("missing", "orders", "bad name!", "orders"))
            let response = try await broker.dispatch(request, version: version)
            #expect(response.topics.map(\.name) == ["missing", "orders", "bad name!"])
            #expect(response.topics.map(\.errorCode) == [
                ErrorCode.unknownTopicOrPartition.rawValue, 0, ErrorCode.invalidTopicException.rawValue,
            ])
            #expect(response.topics[0].partitions.isEmpty && response.topics[0].topicId == .zero)
            #expect(broker.image.topic(named: "missing") == nil)
        }
    }

    @Test("auto-creation makes missing topics with the broker defaults and reports them ready", arguments: [0, 4, 12] as [Int16])
    func autoCreation(version: Int16) async throws {
        try await AdminTestBroker.with(["num.partitions": "3"]) { broker in
            let response = try await broker.dispatch(MetadataRequest(topics: Self.named("fresh", "..")), version: version)
            let fresh = try #require(response.topics.first)
            #expect(fresh.name == "fresh" && fresh.errorCode == 0)
            #expect(fresh.partitions.count == 3)
            #expect(fresh.partitions.allSatisfy { $0.leaderId == 1 && $0.errorCode == 0 })
            #expect(broker.image.topic(named: "fresh")?.partitions.count == 3)
            // An illegal name is never created.
            #expect(response.topics.last?.errorCode == ErrorCode.invalidTopicException.rawValue)
            #expect(broker.image.topic(named: "..") == nil)
        }
    }

    @Test("auto-creation is off when the broker disables it or the request does not allow it")
    func autoCreationOff() async throws {
        try await AdminTestBroker.with(["auto.create.topics.enable": "false"]) { broker in
            let response = try await broker.dispatch(MetadataRequest(topics: Self.named("a")), version: 12)
            #expect(response.topics.first?.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
            #expect(broker.image.topic(named: "a") == nil)
        }
        try await AdminTestBroker.with { broker in
            for version: Int16 in [4, 12] {
                let request = MetadataRequest(topics: Self.named("a"), allowAutoTopicCreation: false)
                let response = try await broker.dispatch(request, version: version)
                #expect(response.topics.first?.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
            }
            #expect(broker.image.topic(named: "a") == nil)
        }
    }

    @Test("an auto-creation the controller refuses is LEADER_NOT_AVAILABLE")
    func autoCreationRefused() async throws {
        try await AdminTestBroker.with(["default.replication.factor": "3"]) { broker in
            let response = try await broker.dispatch(MetadataRequest(topics: Self.named("needs-three")), version: 12)
            #expect(response.topics.first?.errorCode == ErrorCode.leaderNotAvailable.rawValue)
            #expect(broker.image.topic(named: "needs-three") == nil)
        }
    }

    @Test("internal topics are flagged and auto-created with their coordinator settings")
    func internalTopics() async throws {
        try await AdminTestBroker.with([
            "offsets.topic.replication.factor": "1", "offsets.topic.num.partitions": "4",
        ]) { broker in
            let response = try await broker.dispatch(MetadataRequest(topics: Self.named("__consumer_offsets")), version: 12)
            let offsets = try #require(response.topics.first)
            #expect(offsets.errorCode == 0 && offsets.isInternal && offsets.partitions.count == 4)
            #expect(broker.image.topicConfig("__consumer_offsets")["cleanup.policy"] == "compact")
            let all = try await broker.dispatch(MetadataRequest(topics: nil), version: 1)
            #expect(all.topics.first?.isInternal == true)
        }
    }

    @Test("v12 looks topics up by id; an unknown id is UNKNOWN_TOPIC_ID with a null name")
    func topicIds() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders")
            let id = try #require(broker.image.topicIdsByName["orders"])
            let unknown = Uuid.random()
            let request = MetadataRequest(topics: [Topic(topicId: id, name: nil), Topic(topicId: unknown, name: nil)])
            let response = try await broker.dispatch(request, version: 12)
            #expect(response.topics.count == 2)
            #expect(response.topics[0].name == "orders" && response.topics[0].topicId == id)
            #expect(response.topics[0].partitions.count == 1)
            #expect(response.topics[1].name == nil && response.topics[1].topicId == unknown)
            #expect(response.topics[1].errorCode == ErrorCode.unknownTopicId.rawValue)
        }
    }

    @Test("v10 and v11 answer topic ids and null names with INVALID_REQUEST, as Kafka does", arguments: [10, 11] as [Int16])
    func topicIdsBeforeTwelve(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            let response = try await broker.dispatch(MetadataRequest(topics: [Topic(topicId: .random(), name: "x")]), version: version)
            #expect(response.topics.map(\.errorCode) == [ErrorCode.invalidRequest.rawValue])
            #expect(broker.image.topic(named: "x") == nil)
        }
    }

    @Test("a listener the broker does not advertise sees no brokers and LISTENER_NOT_FOUND leaders")
    func otherListener() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders")
            let elsewhere = ClientConnection(connectionId: "c", remoteAddress: "10.0.0.1:1", listenerName: "INTERNAL")
            for (version, expected) in [(12, ErrorCode.listenerNotFound), (5, .leaderNotAvailable)] as [(Int16, ErrorCode)] {
                let response = try await broker.dispatch(MetadataRequest(topics: Self.named("orders")), version: version, client: elsewhere)
                #expect(response.brokers.isEmpty)
                let partition = try #require(response.topics.first?.partitions.first)
                #expect(partition.errorCode == expected.rawValue && partition.leaderId == -1)
                #expect(partition.replicaNodes == [1] && partition.offlineReplicas == [1])
            }
            // v0 drops replicas that cannot be reached from the lists.
            let old = try await broker.dispatch(MetadataRequest(topics: Self.named("orders")), version: 0, client: elsewhere)
            #expect(old.topics.first?.partitions.first?.replicaNodes == [])
        }
    }

    @Test("the handler answers directly, without the registry")
    func direct() async throws {
        try await AdminTestBroker.with { broker in
            let handler = MetadataHandler(context: broker.context)
            #expect(handler.versions == VersionRange(0, 12))
            let response = try #require(try await handler.handle(MetadataRequest(topics: nil), version: 12, client: broker.client))
            #expect(response.topics.isEmpty && response.brokers.count == 1)
        }
    }
}
