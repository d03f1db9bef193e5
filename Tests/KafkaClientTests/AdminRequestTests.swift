import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

/// The admin APIs librdkafka's mock cluster lacks (CreateTopics, DeleteTopics, CreatePartitions,
/// DescribeConfigs, AlterConfigs, IncrementalAlterConfigs, DescribeCluster) are checked here: the
/// requests the client builds survive encoding at every version the client may negotiate, and
/// responses as a broker would send them map to the right results and errors.
@Suite("Admin requests and responses")
struct AdminRequestTests {
    static func roundTrip<Request: KafkaRequest>(_ request: Request, version: Int16) throws -> Request {
        var buffer = try request.encoded(version: version)
        return try Request.decode(from: &buffer, version: version)
    }

    @Test(
        "CreateTopics carries partitions, replication factor, assignments, configs and validateOnly",
        arguments: Array(CreateTopicsRequest.validVersions.versions!.filter { $0 >= 1 }))
    func createTopicsRequest(version: Int16) throws {
        let request = KafkaAdminClient.createTopicsRequest(
            [
                NewTopic(
                    name: "orders", numPartitions: 6, replicationFactor: 3,
                    configs: ["retention.ms": "1000", "cleanup.policy": "compact"]),
                NewTopic(name: "placed", replicaAssignments: [1: [2, 3], 0: [1, 2]]),
            ], validateOnly: true, timeoutMs: 5000)
        let decoded = try Self.roundTrip(request, version: version)
        #expect(decoded.validateOnly)
        #expect(decoded.timeoutMs == 5000)
        #expect(decoded.topics[0].numPartitions == 6 && decoded.topics[0].replicationFactor == 3)
        #expect(decoded.topics[0].configs.map(\.name) == ["cleanup.policy", "retention.ms"])
        #expect(decoded.topics[1].numPartitions == -1 && decoded.topics[1].replicationFactor == -1)
        #expect(decoded.topics[1].assignments.map(\.partitionIndex) == [0, 1])
        #expect(decoded.topics[1].assignments.map(\.brokerIds) == [[1, 2], [2, 3]])
    }

    @Test("Broker defaults for partitions and replication factor are sent as -1 (KIP-464)")
    func createTopicsDefaults() {
        let topic = NewTopic(name: "t").creatableTopic
        #expect(topic.numPartitions == -1)
        #expect(topic.replicationFactor == -1)
    }

    @Test("CreateTopics results carry the topic id and settings, or the error with the broker's message")
    func createTopicsResults() throws {
        let id = Uuid.random()
        let response = CreateTopicsResponse(topics: [
            .init(
                name: "ok", topicId: id, errorCode: 0, errorMessage: nil, numPartitions: 3, replicationFactor: 2,
                configs: [.init(name: "retention.ms", value: "1000")]),
            .init(
                name: "dup", errorCode: ErrorCode.topicAlreadyExists.rawValue,
                errorMessage: "Topic 'dup' already exists."),
            .init(name: "bad", errorCode: ErrorCode.invalidReplicationFactor.rawValue, errorMessage: nil),
        ])
        let results = KafkaAdminClient.results(of: try Self.roundTripResponse(response, version: 7))
        let created = try results["ok"]!.get()
        #expect(created.topicId == id && created.numPartitions == 3 && created.replicationFactor == 2)
        #expect(created.configs["retention.ms"] == "1000")
        #expect(
            throws: KafkaApiError(
                code: .topicAlreadyExists, message: "Topic 'dup' already exists.", context: "CreateTopics dup")
        ) {
            try results["dup"]!.get()
        }
        #expect(throws: KafkaApiError(code: .invalidReplicationFactor, message: nil, context: "CreateTopics bad")) {
            try results["bad"]!.get()
        }
    }

    static func roundTripResponse<Response: KafkaResponse>(_ response: Response, version: Int16) throws -> Response {
        var buffer = try response.encoded(version: version)
        return try Response.decode(from: &buffer, version: version)
    }

    @Test(
        "DeleteTopics names the topics at every version", arguments: Array(DeleteTopicsRequest.validVersions.versions!))
    func deleteTopicsRequest(version: Int16) throws {
        let decoded = try Self.roundTrip(
            KafkaAdminClient.deleteTopicsRequest(["a", "b"], timeoutMs: 100, version: version), version: version)
        let names = version >= 6 ? decoded.topics.compactMap(\.name) : decoded.topicNames
        #expect(names == ["a", "b"])
        let response = DeleteTopicsResponse(responses: [
            .init(name: "a", errorCode: 0), .init(name: "b", errorCode: ErrorCode.unknownTopicOrPartition.rawValue),
        ])
        let results = KafkaAdminClient.results(of: response)
        #expect((try? results["a"]!.get()) != nil)
        #expect(throws: KafkaApiError.self) { try results["b"]!.get() }
    }

    @Test(
        "CreatePartitions carries the new count and assignments",
        arguments: Array(CreatePartitionsRequest.validVersions.versions!))
    func createPartitionsRequest(version: Int16) throws {
        let request = KafkaAdminClient.createPartitionsRequest(
            ["t": NewPartitions(totalCount: 4, assignments: [[1], [2]]), "u": NewPartitions(totalCount: 9)],
            validateOnly: true, timeoutMs: 10)
        let decoded = try Self.roundTrip(request, version: version)
        #expect(decoded.topics.map(\.name) == ["t", "u"])
        #expect(decoded.topics[0].count == 4)
        #expect(decoded.topics[0].assignments?.map(\.brokerIds) == [[1], [2]])
        #expect(decoded.topics[1].assignments == nil)
        #expect(decoded.validateOnly)
    }

    @Test(
        "DescribeConfigs results map sources, defaults and synonyms at every version",
        arguments: Array(DescribeConfigsResponse.validVersions.versions!))
    func describeConfigsResults(version: Int16) throws {
        let response = DescribeConfigsResponse(results: [
            .init(
                errorCode: 0, errorMessage: nil, resourceType: 2, resourceName: "t",
                configs: [
                    .init(
                        name: "retention.ms", value: "1000", readOnly: false, isDefault: false,
                        configSource: version >= 1 ? 1 : -1, isSensitive: false,
                        synonyms: version >= 1 ? [.init(name: "log.retention.ms", value: "5", source: 4)] : []),
                    .init(
                        name: "cleanup.policy", value: "delete", readOnly: false, isDefault: version == 0,
                        configSource: version >= 1 ? 5 : -1, isSensitive: false),
                ]),
            .init(
                errorCode: ErrorCode.unknownTopicOrPartition.rawValue, errorMessage: "no such topic", resourceType: 2,
                resourceName: "gone"),
        ])
        let results = KafkaAdminClient.results(
            of: try Self.roundTripResponse(response, version: version), version: version)
        let entries = try results[.topic("t")]!.get()
        #expect(entries.map(\.name) == ["retention.ms", "cleanup.policy"])
        #expect(entries[1].isDefault)
        #expect(!entries[0].isDefault)
        if version >= 1 {
            #expect(entries[0].source == .dynamicTopicConfig)
            #expect(entries[0].synonyms.first?.name == "log.retention.ms")
        }
        #expect(
            throws: KafkaApiError(
                code: .unknownTopicOrPartition, message: "no such topic",
                context: "DescribeConfigs \(ConfigResource.topic("gone"))")
        ) {
            try results[.topic("gone")]!.get()
        }
    }

    @Test("Broker config resources go to that broker, the rest to any broker")
    func configTargets() {
        let groups = KafkaAdminClient.groupByTarget([.topic("a"), .broker(2), .topic("b"), .broker(1)])
        #expect(groups.map(\.0) == [nil, 1, 2])
        #expect(groups[0].1 == [.topic("a"), .topic("b")])
    }

    @Test(
        "IncrementalAlterConfigs carries each operation",
        arguments: Array(IncrementalAlterConfigsRequest.validVersions.versions!))
    func incrementalAlterConfigs(version: Int16) throws {
        let request = KafkaAdminClient.incrementalAlterConfigsRequest(
            [
                (
                    .topic("t"),
                    [
                        .set("retention.ms", "10"), .delete("cleanup.policy"),
                        AlterConfigOp(
                            name: "follower.replication.throttled.replicas", value: "0:1", operation: .append),
                    ]
                )
            ],
            validateOnly: false)
        let decoded = try Self.roundTrip(request, version: version)
        #expect(decoded.resources[0].resourceType == 2)
        #expect(decoded.resources[0].configs.map(\.configOperation) == [0, 1, 2])
        #expect(decoded.resources[0].configs[1].value == nil)
    }

    @Test("DescribeCluster maps brokers and controller, and errors carry the message")
    func describeCluster() throws {
        let response = DescribeClusterResponse(
            errorCode: 0, clusterId: "abc", controllerId: 2,
            brokers: [
                .init(brokerId: 2, host: "h2", port: 9093, rack: "r"), .init(brokerId: 1, host: "h1", port: 9092),
            ])
        let description = try KafkaAdminClient.description(of: try Self.roundTripResponse(response, version: 1))
        #expect(description.clusterId == "abc" && description.controllerId == 2)
        #expect(description.brokers.map(\.nodeId) == [1, 2])
        #expect(description.brokers[1].address == BrokerAddress(host: "h2", port: 9093))
        #expect(throws: KafkaApiError(code: .clusterAuthorizationFailed, message: "no", context: "DescribeCluster")) {
            try KafkaAdminClient.description(
                of: DescribeClusterResponse(
                    errorCode: ErrorCode.clusterAuthorizationFailed.rawValue, errorMessage: "no"))
        }
    }
}
