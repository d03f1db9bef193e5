import NIOCore
import Testing

@testable import KafkaClient

@Suite("Consumer protocol subscription and assignment bytes")
struct ConsumerProtocolTests {
    private func bytes(_ hex: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        var digits = Substring(hex.filter { !$0.isWhitespace })
        while !digits.isEmpty {
            buffer.writeInteger(UInt8(digits.prefix(2), radix: 16)!)
            digits = digits.dropFirst(2)
        }
        return buffer
    }

    @Test("a v0 subscription as librdkafka and old Java clients write it decodes")
    func v0Subscription() throws {
        // version 0, topics ["t"], user data null
        let subscription = try ConsumerProtocol.decodeSubscription(self.bytes("0000 00000001 0001 74 ffffffff"))
        #expect(subscription.topics == ["t"])
        #expect(subscription.userData == nil)
        #expect(subscription.ownedPartitions == [])
        #expect(subscription.generationId == -1)
    }

    @Test("a v3 subscription is the version, topics, user data, owned partitions, generation, rack")
    func v3SubscriptionBytes() throws {
        let subscription = GroupSubscription(
            topics: ["t"], userData: nil, ownedPartitions: [TopicPartition(topic: "t", partition: 1)], generationId: 5,
            rackId: "r")
        let encoded = try ConsumerProtocol.encode(subscription)
        #expect(encoded == self.bytes("0003 00000001 0001 74 ffffffff 00000001 0001 74 00000001 00000001 00000005 0001 72"))
        #expect(try ConsumerProtocol.decodeSubscription(encoded) == subscription)
    }

    @Test("a version above 3 is read as 3 with the extra bytes ignored")
    func futureVersion() throws {
        let subscription = try ConsumerProtocol.decodeSubscription(
            self.bytes("0009 00000001 0001 74 ffffffff 00000000 00000002 ffff 0102"))
        #expect(subscription.topics == ["t"])
        #expect(subscription.generationId == 2)
    }

    @Test("an assignment round-trips, grouped by topic with partitions ascending")
    func assignment() throws {
        let assignment = GroupAssignment(partitions: [
            TopicPartition(topic: "b", partition: 2), TopicPartition(topic: "a", partition: 0),
            TopicPartition(topic: "b", partition: 0),
        ])
        let encoded = try ConsumerProtocol.encode(assignment)
        #expect(
            encoded
                == self.bytes("0003 00000002 0001 61 00000001 00000000 0001 62 00000002 00000000 00000002 ffffffff"))
        #expect(
            try ConsumerProtocol.decodeAssignment(encoded).partitions == [
                TopicPartition(topic: "a", partition: 0), TopicPartition(topic: "b", partition: 0),
                TopicPartition(topic: "b", partition: 2),
            ])
    }

    @Test("empty assignment bytes are an empty assignment; truncated bytes throw")
    func emptyAndTruncated() throws {
        #expect(try ConsumerProtocol.decodeAssignment(ByteBuffer()).partitions == [])
        #expect(throws: (any Error).self) { try ConsumerProtocol.decodeAssignment(self.bytes("0000 00000001 00")) }
        #expect(throws: (any Error).self) { try ConsumerProtocol.decodeSubscription(self.bytes("ffff")) }
    }
}
