import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

@Suite struct ProduceHandlerTests {
    @Test("records produced at a version can be fetched back at a version", arguments: [
        (Int16(3), Int16(4)), (Int16(7), Int16(12)), (Int16(11), Int16(17)),
    ])
    func roundTrip(produceVersion: Int16, fetchVersion: Int16) async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        let topicId = try await broker.createTopic("orders")
        let first = try await broker.produce("orders", try makeBatch(["a", "b"]), version: produceVersion)
        #expect(first.errorCode == 0 && first.baseOffset == 0)
        let second = try await broker.produce("orders", try makeBatch(["c"]), version: produceVersion)
        #expect(second.errorCode == 0 && second.baseOffset == 2)
        if produceVersion >= 5 { #expect(second.logStartOffset == 0) }
        #expect(second.logAppendTimeMs == -1)

        var topic = FetchRequest.FetchTopic(topic: "orders", partitions: [.init(partition: 0, fetchOffset: 1, partitionMaxBytes: 1 << 20)])
        if fetchVersion >= 13 { topic.topicId = topicId }
        let request = FetchRequest(maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, topics: [topic])
        let response = try #require(try await broker.roundTrip(request, version: fetchVersion))
        #expect(response.errorCode == 0)
        let partition = try #require(response.responses.first?.partitions.first)
        if fetchVersion >= 13 {
            #expect(response.responses.first?.topicId == topicId)
        } else {
            #expect(response.responses.first?.topic == "orders")
        }
        #expect(partition.errorCode == 0 && partition.highWatermark == 3 && partition.lastStableOffset == 3)
        if fetchVersion >= 5 { #expect(partition.logStartOffset == 0) }
        // The fetch starts at the batch holding offset 1; the consumer skips offset 0 itself.
        #expect(try recordValues(try #require(partition.records).bytes) == ["a", "b", "c"])
    }

    @Test("acks=0 writes the records and sends no response")
    func acksZero() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("quiet")
        let request = ProduceRequest(
            acks: 0, timeoutMs: 1000,
            topicData: [.init(name: "quiet", partitionData: [.init(index: 0, records: .bytes(try makeBatch(["x"])))])])
        #expect(try await broker.roundTrip(request, version: 9) == nil)
        let log = try #require(broker.context.logManager.log(for: TopicPartition(topic: "quiet", partition: 0)))
        #expect(log.logEndOffset == 1 && log.highWatermark == 1)
    }

    @Test("acks=0 with a failing partition closes the connection, naming the partition and error")
    func acksZeroFailureClosesTheConnection() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("quiet")
        let request = ProduceRequest(
            acks: 0, timeoutMs: 1000,
            topicData: [
                .init(name: "quiet", partitionData: [.init(index: 0, records: .bytes(try makeBatch(["x"])))]),
                .init(name: "missing", partitionData: [.init(index: 3, records: .bytes(try makeBatch(["y"])))]),
            ])
        do {
            _ = try await broker.roundTrip(request, version: 9)
            Issue.record("acks=0 with an unknown partition got an answer instead of a closed connection")
        } catch let closed as TestBroker.ConnectionClosed {
            #expect(closed.reason.contains("missing-3 -> UNKNOWN_TOPIC_OR_PARTITION"))
            #expect(!closed.reason.contains("quiet-0"))
        }
        // The partition that was fine still got its record.
        let log = try #require(broker.context.logManager.log(for: TopicPartition(topic: "quiet", partition: 0)))
        #expect(log.logEndOffset == 1)
    }

    @Test("acks outside -1, 0 and 1 fail every partition with INVALID_REQUIRED_ACKS")
    func invalidAcks() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("t")
        let answer = try await broker.produce("t", try makeBatch(["x"]), acks: 2)
        #expect(answer.errorCode == ErrorCode.invalidRequiredAcks.rawValue && answer.baseOffset == -1)
        #expect(broker.context.logManager.log(for: TopicPartition(topic: "t", partition: 0))?.logEndOffset == 0)
    }

    @Test("unknown topics and partitions get UNKNOWN_TOPIC_OR_PARTITION and are not created")
    func unknownTopics() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("known")
        let unknownTopic = try await broker.produce("missing", try makeBatch(["x"]))
        #expect(unknownTopic.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        let unknownPartition = try await broker.produce("known", partition: 5, try makeBatch(["x"]))
        #expect(unknownPartition.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        #expect(broker.context.publisher.current.topic(named: "missing") == nil)
    }

    @Test("a batch over max.message.bytes gets MESSAGE_TOO_LARGE with a message")
    func messageTooLarge() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("small", configs: ["max.message.bytes": "200"])
        let answer = try await broker.produce("small", try makeBatch([String(repeating: "x", count: 500)]))
        #expect(answer.errorCode == ErrorCode.messageTooLarge.rawValue)
        #expect(answer.errorMessage?.isEmpty == false)
        let fits = try await broker.produce("small", try makeBatch(["ok"]))
        #expect(fits.errorCode == 0 && fits.baseOffset == 0)
    }

    @Test("two batches, a legacy magic, or a damaged CRC are refused before the log changes")
    func badShapes() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("t")
        var two = try makeBatch(["a"])
        var second = try makeBatch(["b"])
        two.writeBuffer(&second)
        #expect(try await broker.produce("t", two).errorCode == ErrorCode.invalidRecord.rawValue)
        #expect(try await broker.produce("t", ByteBuffer()).errorCode == ErrorCode.invalidRecord.rawValue)
        var legacy = try makeBatch(["a"])
        legacy.setInteger(Int8(1), at: legacy.readerIndex + 16)
        #expect(try await broker.produce("t", legacy).errorCode == ErrorCode.invalidRecord.rawValue)
        var damaged = try makeBatch(["a"])
        let last = damaged.writerIndex - 1
        damaged.setInteger(damaged.getInteger(at: last, as: UInt8.self)! ^ 0xff, at: last)
        #expect(try await broker.produce("t", damaged).errorCode == ErrorCode.corruptMessage.rawValue)
        #expect(broker.context.logManager.log(for: TopicPartition(topic: "t", partition: 0))?.logEndOffset == 0)
    }

    @Test("an idempotent retry gets its original offset and a sequence gap gets OUT_OF_ORDER_SEQUENCE_NUMBER")
    func idempotence() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("idem")
        let producerId = try await broker.context.controller.allocateProducerId()
        let first = try makeBatch(["a", "b"], producerId: producerId, producerEpoch: 0, baseSequence: 0)
        #expect(try await broker.produce("idem", first).baseOffset == 0)
        #expect(try await broker.produce("idem", try makeBatch(["c"], producerId: producerId, producerEpoch: 0, baseSequence: 2)).baseOffset == 2)
        let retry = try await broker.produce("idem", first)
        #expect(retry.errorCode == 0 && retry.baseOffset == 0)
        let gap = try await broker.produce("idem", try makeBatch(["e"], producerId: producerId, producerEpoch: 0, baseSequence: 5))
        #expect(gap.errorCode == ErrorCode.outOfOrderSequenceNumber.rawValue)
        let log = try #require(broker.context.logManager.log(for: TopicPartition(topic: "idem", partition: 0)))
        #expect(log.logEndOffset == 3)
        // A fenced (older) epoch after a newer one was seen.
        #expect(try await broker.produce("idem", try makeBatch(["f"], producerId: producerId, producerEpoch: 1, baseSequence: 0)).errorCode == 0)
        let fenced = try await broker.produce("idem", try makeBatch(["g"], producerId: producerId, producerEpoch: 0, baseSequence: 3))
        #expect(fenced.errorCode == ErrorCode.invalidProducerEpoch.rawValue)
    }

    @Test("create times outside the topic's window get INVALID_TIMESTAMP with one error per record")
    func invalidTimestamps() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("recent", configs: ["message.timestamp.before.max.ms": "60000"])
        let old = Int64(Date().timeIntervalSince1970 * 1000) - 3_600_000
        let answer = try await broker.produce("recent", try makeBatch(["a", "b"], timestamp: old))
        #expect(answer.errorCode == ErrorCode.invalidTimestamp.rawValue)
        #expect(answer.recordErrors.map(\.batchIndex) == [0, 1])
        #expect(answer.recordErrors.first?.batchIndexErrorMessage?.hasPrefix("Timestamp \(old) of message with offset 0 is out of range") == true)
    }

    @Test("acks=-1 needs min.insync.replicas in the ISR; acks=1 does not")
    func notEnoughReplicas() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("safe", configs: ["min.insync.replicas": "2"])
        #expect(try await broker.produce("safe", try makeBatch(["a"]), acks: -1).errorCode == ErrorCode.notEnoughReplicas.rawValue)
        #expect(try await broker.produce("safe", try makeBatch(["a"]), acks: 1).errorCode == 0)
    }

    @Test("a LogAppendTime topic reports the broker's append time")
    func logAppendTime() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("stamped", configs: ["message.timestamp.type": "LogAppendTime"])
        let before = Int64(Date().timeIntervalSince1970 * 1000)
        let answer = try await broker.produce("stamped", try makeBatch(["a"], timestamp: 5))
        #expect(answer.errorCode == 0 && answer.logAppendTimeMs >= before)
    }

    @Test("internal topics refuse client produce")
    func internalTopics() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        let answer = try await broker.produce("__consumer_offsets", try makeBatch(["a"]))
        #expect(answer.errorCode == ErrorCode.invalidTopicException.rawValue)
    }

    @Test("Produce below v3 is not served: the connection is closed")
    func oldVersions() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("t")
        let request = ProduceRequest(acks: 1, timeoutMs: 1000, topicData: [])
        await #expect(throws: TestBroker.ConnectionClosed.self) { try await broker.roundTrip(request, version: 2) }
        let versions = broker.registry.supportedApis.first { $0.apiKey == ApiKey(rawValue: 0).rawValue }
        #expect(versions?.minVersion == 3 && versions?.maxVersion == 11)
    }
}
