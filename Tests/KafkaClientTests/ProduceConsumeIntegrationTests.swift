import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

@Suite("Producer and consumer (mock cluster)", .enabled(if: MockCluster.isAvailable), .timeLimit(.minutes(1)))
struct ProduceConsumeIntegrationTests {
    static func producerConfig(_ mock: MockCluster, _ extra: [String: String] = [:]) throws -> ProducerConfig {
        var properties = ["bootstrap.servers": mock.bootstrapServers, "linger.ms": "5"]
        properties.merge(extra) { $1 }
        return try ProducerConfig(properties: properties)
    }

    static func consumer(_ mock: MockCluster, _ extra: [String: String] = [:]) throws -> KafkaConsumer {
        var properties = ["bootstrap.servers": mock.bootstrapServers, "fetch.max.wait.ms": "100"]
        properties.merge(extra) { $1 }
        return try KafkaConsumer(properties: properties)
    }

    /// Polls until `count` records arrived or 15 s passed.
    static func consume(_ consumer: KafkaConsumer, count: Int) async throws -> [ConsumerRecord] {
        var records: [ConsumerRecord] = []
        let deadline = ContinuousClock.now + .seconds(15)
        while records.count < count && ContinuousClock.now < deadline {
            records += try await consumer.poll(timeout: .milliseconds(500))
        }
        return records
    }

    @Test("(mock cluster) keyed records land on the murmur2 partition and come back in order")
    func keyedRecordsUseMurmur2() async throws {
        try await MockCluster.with { mock in
            try await mock.createTopic("keyed", partitions: 5)
            let producer = KafkaProducer(config: try Self.producerConfig(mock))
            let keys = (0..<40).map { "key-\($0)" }
            let results = try await withThrowingTaskGroup(of: (String, RecordMetadata).self) { group in
                for key in keys {
                    group.addTask { (key, try await producer.send(topic: "keyed", key: key, value: "value of \(key)")) }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            for key in keys {
                let expected = Murmur2.partition(forKey: Array(key.utf8), partitionCount: 5)
                #expect(results[key]?.partition == expected, "\(key)")
                #expect((results[key]?.offset ?? -1) >= 0)
            }
            await producer.close()

            let consumer = try Self.consumer(mock)
            let partitions = (0..<5).map { TopicPartition(topic: "keyed", partition: Int32($0)) }
            await consumer.assign(partitions)
            try await consumer.seekToBeginning(partitions)
            let records = try await Self.consume(consumer, count: keys.count)
            #expect(records.count == keys.count)
            for record in records {
                let key = try #require(record.keyString)
                #expect(record.valueString == "value of \(key)")
                #expect(results[key]?.partition == record.partition)
                #expect(results[key]?.offset == record.offset)
            }
            await consumer.close()
        }
    }

    @Test("(mock cluster) records round-trip with every compression codec", arguments: CompressionCodec.allCases)
    func everyCodecRoundTrips(codec: CompressionCodec) async throws {
        try await MockCluster.with(brokers: 1) { mock in
            let topic = "codec-\(codec.name)"
            try await mock.createTopic(topic, partitions: 1)
            let producer = KafkaProducer(
                config: try Self.producerConfig(mock, ["compression.type": codec.name, "linger.ms": "50"]))
            let headers = [
                RecordHeader(key: "h", value: ByteBuffer(string: "v")), RecordHeader(key: "null", value: nil),
            ]
            let sent = try await withThrowingTaskGroup(of: RecordMetadata.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        try await producer.send(
                            topic: topic, key: nil,
                            value: ByteBuffer(string: String(repeating: "record \(index) ", count: 20)),
                            headers: headers, timestamp: 1_700_000_000_000 + Int64(index))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(sent.count == 100)
            await producer.close()

            let consumer = try Self.consumer(mock, ["auto.offset.reset": "earliest"])
            await consumer.assign([TopicPartition(topic: topic, partition: 0)])
            let records = try await Self.consume(consumer, count: 100)
            #expect(records.count == 100)
            #expect(records.map(\.offset) == (0..<100).map(Int64.init))
            for record in records {
                #expect(record.headers == headers)
                let index = record.timestamp - 1_700_000_000_000
                #expect(record.valueString == String(repeating: "record \(index) ", count: 20))
            }
            #expect(try await consumer.position(TopicPartition(topic: topic, partition: 0)) == 100)
            await consumer.close()
        }
    }
}
