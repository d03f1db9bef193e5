import KafkaBroker
import KafkaProtocol
import NIOCore
import Testing

@Suite struct MetadataImageTests {
    static let topicId = Uuid(mostSignificantBits: 1, leastSignificantBits: 2)

    @Test("a TopicRecord value is frame version, type, version, then the flexible record")
    func recordBytes() throws {
        let record = MetadataRecord.topic(TopicRecord(name: "t", topicId: Self.topicId))
        let bytes = Array(buffer: try record.encoded())
        #expect(bytes == [1, 2, 0, 2, 0x74] + [0, 0, 0, 0, 0, 0, 0, 1] + [0, 0, 0, 0, 0, 0, 0, 2] + [0])
        #expect(try MetadataRecord(decoding: ByteBuffer(bytes: bytes)) == record)
    }

    @Test("unknown record types survive decoding and re-encoding unchanged")
    func unknownTypes() throws {
        let bytes: [UInt8] = [1, 200, 1, 3, 9, 9, 9]
        let record = try MetadataRecord(decoding: ByteBuffer(bytes: bytes))
        guard case .other(let type, let version, _) = record else {
            Issue.record("expected .other, got \(record)")
            return
        }
        #expect(type == 200 && version == 3)
        #expect(Array(buffer: try record.encoded()) == bytes)
        // Frame version 0 (Kafka 3.0.0-IV1 and earlier) and unknown later frames are refused, as Kafka does.
        #expect(throws: ProtocolDecodingError.self) { try MetadataRecord(decoding: ByteBuffer(bytes: [0, 200, 1, 3])) }
        #expect(throws: ProtocolDecodingError.self) { try MetadataRecord(decoding: ByteBuffer(bytes: [2, 200, 1, 3])) }
    }

    @Test("topics, partitions, leader changes, configs and removal replay into the image")
    func replay() throws {
        var image = MetadataImage.empty
        try image.apply(.topic(TopicRecord(name: "orders", topicId: Self.topicId)), offset: 0)
        try image.apply(
            .partition(PartitionRecord(partitionId: 0, topicId: Self.topicId, replicas: [1], isr: [1], leader: 1, leaderEpoch: 0, partitionEpoch: 0)),
            offset: 1)
        try image.apply(.config(ConfigRecord(resourceType: 2, resourceName: "orders", name: "retention.ms", value: "1000")), offset: 2)
        #expect(image.topic(named: "orders")?.partitions[0]?.leader == 1)
        #expect(image.topicConfig("orders") == ["retention.ms": "1000"])

        // Leader change: the leader epoch and the partition epoch move; an ISR-only change moves
        // only the partition epoch.
        try image.apply(.partitionChange(PartitionChangeRecord(partitionId: 0, topicId: Self.topicId, leader: -1)), offset: 3)
        try image.apply(.partitionChange(PartitionChangeRecord(partitionId: 0, topicId: Self.topicId, isr: [1, 2])), offset: 4)
        let partition = try #require(image.topic(named: "orders")?.partitions[0])
        #expect(partition.leader == -1 && partition.leaderEpoch == 1 && partition.partitionEpoch == 2)
        #expect(partition.isr == [1, 2])

        try image.apply(.config(ConfigRecord(resourceType: 2, resourceName: "orders", name: "retention.ms", value: nil)), offset: 5)
        #expect(image.topicConfig("orders").isEmpty)
        try image.apply(.removeTopic(RemoveTopicRecord(topicId: Self.topicId)), offset: 6)
        #expect(image.topic(named: "orders") == nil)
        #expect(image.offset == 6)
    }

    @Test("records about things that do not exist are rejected, leaving the image as it was")
    func inconsistent() throws {
        var image = MetadataImage.empty
        #expect(throws: MetadataImage.InconsistentRecord.self) {
            try image.apply(.partition(PartitionRecord(partitionId: 0, topicId: Self.topicId)), offset: 0)
        }
        try image.apply(.topic(TopicRecord(name: "a", topicId: Self.topicId)), offset: 0)
        #expect(throws: MetadataImage.InconsistentRecord.self) {
            try image.apply(.topic(TopicRecord(name: "a", topicId: Uuid.random())), offset: 1)
        }
        #expect(image.offset == 0)
    }
}
