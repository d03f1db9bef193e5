import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

/// Group membership against librdkafka's mock cluster, which implements the classic group
/// protocol (rdkafka_mock_cgrp.c): join, sync, heartbeat, commit and fetch offsets.
@Suite("Consumer groups (mock cluster)", .enabled(if: MockCluster.isAvailable), .timeLimit(.minutes(2)))
struct GroupConsumerIntegrationTests {
    static func groupConsumer(_ mock: MockCluster, group: String, _ extra: [String: String] = [:]) throws
        -> KafkaConsumer
    {
        var properties = [
            "bootstrap.servers": mock.bootstrapServers, "group.id": group, "fetch.max.wait.ms": "100",
            "auto.offset.reset": "earliest", "session.timeout.ms": "6000", "heartbeat.interval.ms": "300",
        ]
        properties.merge(extra) { $1 }
        return try KafkaConsumer(properties: properties)
    }

    static func produce(_ mock: MockCluster, topic: String, count: Int) async throws {
        let producer = KafkaProducer(
            config: try ProducerConfig(properties: ["bootstrap.servers": mock.bootstrapServers, "linger.ms": "5"]))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                group.addTask { _ = try await producer.send(topic: topic, key: "k\(index)", value: "v\(index)") }
            }
            try await group.waitForAll()
        }
        await producer.close()
    }

    @Test("(mock cluster) a lone member gets every partition, reads all and resumes from its commit")
    func singleMember() async throws {
        try await MockCluster.with(brokers: 1) { mock in
            try await mock.createTopic("solo", partitions: 3)
            try await Self.produce(mock, topic: "solo", count: 30)
            let consumer = try Self.groupConsumer(mock, group: "solo-group", ["enable.auto.commit": "false"])
            try await consumer.subscribe(topics: ["solo"])
            var values = Set<String>()
            let deadline = ContinuousClock.now + .seconds(30)
            while values.count < 30 && ContinuousClock.now < deadline {
                for record in try await consumer.poll(timeout: .milliseconds(300)) { values.insert(record.valueString ?? "") }
            }
            #expect(values.count == 30)
            #expect(await consumer.assignment == (0..<3).map { TopicPartition(topic: "solo", partition: Int32($0)) })
            try await consumer.commitSync()
            let committed = try await consumer.committed(await consumer.assignment)
            #expect(committed.values.reduce(0, +) == 30)
            await consumer.close()

            try await Self.produce(mock, topic: "solo", count: 5)
            let again = try Self.groupConsumer(mock, group: "solo-group", ["enable.auto.commit": "false"])
            try await again.subscribe(topics: ["solo"])
            var more: [ConsumerRecord] = []
            let second = ContinuousClock.now + .seconds(30)
            while more.count < 5 && ContinuousClock.now < second {
                more += try await again.poll(timeout: .milliseconds(300))
            }
            // Only the five new records: the committed positions were resumed.
            #expect(more.count == 5)
            await again.close()
        }
    }

    // Both consumers are polled from one loop: each poll must return at its timeout even while its
    // member waits in a held JoinGroup, or the other member never gets polled to rejoin and is
    // evicted (the defect this once showed: each member ended alone in its own generation).
    @Test(
        "(mock cluster) two members split the partitions and together read every record",
        arguments: ["range", "roundrobin", "cooperative-sticky"])
    func twoMembers(assignor: String) async throws {
        try await MockCluster.with(brokers: 1) { mock in
            let topic = "shared-\(assignor)"
            try await mock.createTopic(topic, partitions: 4)
            try await Self.produce(mock, topic: topic, count: 40)
            let settings = ["partition.assignment.strategy": assignor, "auto.commit.interval.ms": "200"]
            let first = try Self.groupConsumer(mock, group: "g-\(assignor)", settings)
            let second = try Self.groupConsumer(mock, group: "g-\(assignor)", settings)
            try await first.subscribe(topics: [topic])
            try await second.subscribe(topics: [topic])
            var seen: [String: Int] = [:]
            let deadline = ContinuousClock.now + .seconds(60)
            // Poll both until the group settled with two partitions each and everything was read.
            while ContinuousClock.now < deadline {
                async let a = first.poll(timeout: .milliseconds(200))
                async let b = second.poll(timeout: .milliseconds(200))
                for record in try await a + b { seen[record.valueString ?? "", default: 0] += 1 }
                let sizes = [await first.assignment.count, await second.assignment.count]
                if sizes == [2, 2] && seen.count == 40 { break }
            }
            let one = Set(await first.assignment)
            let two = Set(await second.assignment)
            #expect(one.count == 2 && two.count == 2)
            #expect(one.isDisjoint(with: two))
            #expect(seen.count == 40)
            await first.close()
            await second.close()
        }
    }
}
