import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

@Suite(
    "Client behaviour against a real protocol peer (mock cluster)", .enabled(if: MockCluster.isAvailable),
    .timeLimit(.minutes(1)))
struct ClientBehaviourIntegrationTests {
    typealias Helpers = ProduceConsumeIntegrationTests

    /// Waits until `condition` holds or `timeout` passes.
    static func eventually(within timeout: Duration = .seconds(10), _ condition: () async throws -> Bool) async rethrows
        -> Bool
    {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return try await condition()
    }

    @Test("(mock cluster) pipelined requests on one connection each get their own response")
    func pipelinedRequests() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.createTopic("p", partitions: 2)
            let connection = try await BrokerConnection.connect(to: mock.addresses[0], options: ConnectionOptions())
            let responses = try await withThrowingTaskGroup(of: (Int, MetadataResponse).self) { group in
                for index in 0..<20 {
                    group.addTask {
                        var request = MetadataRequest()
                        request.topics = index % 2 == 0 ? [.init(topicId: .zero, name: "p")] : []
                        return (index, try await connection.send(request))
                    }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            for (index, response) in responses {
                #expect(response.topics.count == (index % 2 == 0 ? 1 : 0))
            }
            await connection.close()
        }
    }

    @Test("(mock cluster) a request without an answer in time fails and closes the connection")
    func requestTimeout() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            let connection = try await BrokerConnection.connect(to: mock.addresses[0], options: ConnectionOptions())
            try await mock.command("rtt 1 2000")
            await #expect(throws: ConnectionError.self) {
                _ = try await connection.send(MetadataRequest(), timeout: .milliseconds(200))
            }
            #expect(await Self.eventually { !connection.isActive })
            await #expect(throws: ConnectionError.self) { _ = try await connection.send(MetadataRequest()) }
        }
    }

    @Test("(mock cluster) API versions are negotiated down to what the broker advertises")
    func negotiatesAdvertisedVersions() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.command("apiversion 3 0 1")
            let connection = try await BrokerConnection.connect(to: mock.addresses[0], options: ConnectionOptions())
            #expect(try connection.version(of: MetadataRequest.self) == 1)
            #expect(try connection.version(of: ProduceRequest.self, within: VersionRange(3, 11)) == 7)
            #expect(throws: ConnectionError.self) { try connection.version(of: CreateTopicsRequest.self) }
            let response = try await connection.send(MetadataRequest())
            #expect(response.brokers.count == 1)
            await connection.close()
        }
    }

    @Test("(mock cluster) the idempotent producer retries injected errors without duplicating records")
    func idempotentRetries() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.createTopic("idem", partitions: 1)
            // NOT_LEADER_OR_FOLLOWER twice, then NOT_ENOUGH_REPLICAS: all retriable.
            try await mock.command("errors 0 6 6 19")
            let producer = KafkaProducer(config: try Helpers.producerConfig(mock, ["retry.backoff.ms": "10"]))
            let results = try await withThrowingTaskGroup(of: RecordMetadata.self) { group in
                for index in 0..<30 {
                    group.addTask { try await producer.send(topic: "idem", key: nil, value: "r\(index)", partition: 0) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(await producer.producerIdAndEpoch.producerId >= 0)
            #expect(Set(results.map(\.offset)) == Set(0..<30))
            await producer.close()
            let consumer = try Helpers.consumer(mock, ["auto.offset.reset": "earliest"])
            await consumer.assign([TopicPartition(topic: "idem", partition: 0)])
            let records = try await Helpers.consume(consumer, count: 30)
            try await Task.sleep(for: .milliseconds(200))
            let extra = try await consumer.poll(timeout: .milliseconds(200))
            #expect(records.count == 30 && extra.isEmpty)
            #expect(Set(records.compactMap(\.valueString)) == Set((0..<30).map { "r\($0)" }))
            await consumer.close()
        }
    }

    @Test("(mock cluster) acks=0 returns no offsets and acks=1 without idempotence uses no producer id")
    func acksSettings() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.createTopic("acks", partitions: 1)
            let fireAndForget = KafkaProducer(config: try Helpers.producerConfig(mock, ["acks": "0"]))
            let unacknowledged = try await fireAndForget.send(topic: "acks", key: nil, value: "zero")
            #expect(unacknowledged.offset == -1)
            await fireAndForget.close()
            let leaderOnly = KafkaProducer(config: try Helpers.producerConfig(mock, ["acks": "1"]))
            let acknowledged = try await leaderOnly.send(topic: "acks", key: nil, value: "one")
            #expect(acknowledged.offset >= 0)
            #expect(await leaderOnly.producerIdAndEpoch.producerId == -1)
            await leaderOnly.close()
        }
    }

    @Test("(mock cluster) sends wait for buffer room and time out after max.block.ms")
    func backPressure() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.createTopic("bp", partitions: 1)
            let producer = KafkaProducer(
                config: try Helpers.producerConfig(
                    mock, ["buffer.memory": "2000", "linger.ms": "20", "batch.size": "500"]))
            let value = String(repeating: "x", count: 100)
            let sent = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<60 {
                    group.addTask {
                        _ = try await producer.send(topic: "bp", key: nil, value: value)
                        return 1
                    }
                }
                group.addTask {
                    var peak = 0
                    for _ in 0..<50 {
                        peak = max(peak, await producer.bufferedBytes)
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    return -peak
                }
                var count = 0
                var peak = 0
                for try await result in group { if result > 0 { count += result } else { peak = -result } }
                #expect(peak <= 2000)
                return count
            }
            #expect(sent == 60)
            await producer.close()

            let blocked = KafkaProducer(
                config: try Helpers.producerConfig(
                    mock,
                    [
                        "buffer.memory": "300", "max.block.ms": "100", "linger.ms": "10000",
                        "delivery.timeout.ms": "60000",
                    ]))
            let first = Task { try await blocked.send(topic: "bp", key: nil, value: value) }
            #expect(await Self.eventually { await blocked.bufferedBytes > 0 })
            await #expect(throws: ProducerError.self) {
                _ = try await blocked.send(topic: "bp", key: nil, value: value + value)
            }
            await blocked.flush()
            #expect(try await first.value.offset >= 0)
            await blocked.close()
        }
    }

    @Test("(mock cluster) producing follows a leader change and consuming seeks by offset and to the end")
    func leaderChangeAndSeeks() async throws {
        try await MockCluster.with(brokers: 3) { mock in
            try await mock.createTopic("moving", partitions: 1, replicationFactor: 3)
            let producer = KafkaProducer(config: try Helpers.producerConfig(mock, ["retry.backoff.ms": "20"]))
            for index in 0..<5 { _ = try await producer.send(topic: "moving", key: nil, value: "before \(index)") }
            let leader = try await producer.cluster.leader(
                for: TopicPartition(topic: "moving", partition: 0), maxWait: .seconds(5))
            try await mock.command("leader moving 0 \(leader % 3 + 1)")
            for index in 0..<5 { _ = try await producer.send(topic: "moving", key: nil, value: "after \(index)") }
            await producer.close()

            let consumer = try Helpers.consumer(mock)
            let partition = TopicPartition(topic: "moving", partition: 0)
            await consumer.assign([partition])
            try await consumer.seek(partition, to: .offset(3))
            let records = try await Helpers.consume(consumer, count: 7)
            #expect(records.map(\.offset) == Array(3..<10))
            #expect(records.last?.valueString == "after 4")
            try await consumer.seek(partition, to: .end)
            #expect(try await consumer.position(partition) == 10)
            #expect(try await consumer.beginningOffsets([partition]) == [partition: 0])
            #expect(try await consumer.poll(timeout: .milliseconds(200)).isEmpty)
            await consumer.close()
        }
    }

    @Test("(mock cluster) the admin client lists and describes topics and the cluster")
    func adminDescribes() async throws {
        try await MockCluster.with(brokers: 3) { mock in
            try await mock.createTopic("alpha", partitions: 3, replicationFactor: 2)
            try await mock.createTopic("beta", partitions: 1, replicationFactor: 1)
            let admin = try KafkaAdminClient(properties: ["bootstrap.servers": mock.bootstrapServers])
            let topics = try await admin.listTopics()
            #expect(topics.contains("alpha") && topics.contains("beta"))
            let described = try await admin.describeTopics(["alpha"])
            #expect(described.first?.partitions.count == 3)
            let replicationFactor = try #require(described.first?.replicationFactor)
            #expect(described.first?.partitions.allSatisfy { $0.replicas.count == replicationFactor } == true)
            let cluster = try await admin.describeCluster()
            #expect(cluster.brokers.map(\.nodeId) == [1, 2, 3])
            // The mock has no CreateTopics: the error says which API is missing.
            await #expect(throws: ConnectionError.self) {
                try await admin.createTopic(NewTopic(name: "gamma", numPartitions: 1))
            }
            await admin.close()
        }
    }
}
