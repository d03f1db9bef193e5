import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

@Suite struct FetchHandlerTests {
    static func request(
        _ partitions: [(topic: String, partition: Int32, offset: Int64)], maxWaitMs: Int32 = 0, minBytes: Int32 = 0,
        maxBytes: Int32 = 1 << 20, partitionMaxBytes: Int32 = 1 << 20, sessionId: Int32 = 0, sessionEpoch: Int32 = -1,
        isolation: Int8 = 0, forgotten: [FetchRequest.ForgottenTopic] = []
    ) -> FetchRequest {
        var topics: [FetchRequest.FetchTopic] = []
        for entry in partitions {
            let partition = FetchRequest.FetchPartition(
                partition: entry.partition, fetchOffset: entry.offset, partitionMaxBytes: partitionMaxBytes)
            if let last = topics.indices.last, topics[last].topic == entry.topic {
                topics[last].partitions.append(partition)
            } else {
                topics.append(.init(topic: entry.topic, partitions: [partition]))
            }
        }
        return FetchRequest(
            maxWaitMs: maxWaitMs, minBytes: minBytes, maxBytes: maxBytes, isolationLevel: isolation,
            sessionId: sessionId, sessionEpoch: sessionEpoch, topics: topics, forgottenTopicsData: forgotten)
    }

    /// (topic, partition) → (error, high watermark, values) of a decoded response.
    static func summary(_ response: FetchResponse) throws -> [String: (Int16, Int64, [String])] {
        var result: [String: (Int16, Int64, [String])] = [:]
        for topic in response.responses {
            for partition in topic.partitions {
                result["\(topic.topic)-\(partition.partitionIndex)"] = (
                    partition.errorCode, partition.highWatermark, try recordValues(partition.records?.bytes ?? ByteBuffer())
                )
            }
        }
        return result
    }

    @Test("a long poll is answered as soon as a produce brings enough bytes")
    func longPollWokenByProduce() async throws {
        let clock = ManualDelayClock()
        let broker = try await TestBroker.start(delayClock: clock)
        defer { broker.shutdown() }
        try await broker.createTopic("events")
        let fetch = Task {
            try await broker.roundTrip(Self.request([("events", 0, 0)], maxWaitMs: 60_000, minBytes: 1), version: 12)
        }
        try await waitUntil("the fetch to wait") { broker.replicaManager.purgatory.delayedCount == 1 }
        #expect(try await broker.produce("events", try makeBatch(["woken"])).errorCode == 0)
        let response = try #require(try await fetch.value)
        #expect(try Self.summary(response)["events-0"]?.2 == ["woken"])
        #expect(broker.replicaManager.purgatory.delayedCount == 0)
    }

    @Test("a long poll with nothing to read answers empty once max_wait_ms passes")
    func longPollTimesOut() async throws {
        let clock = ManualDelayClock()
        let broker = try await TestBroker.start(delayClock: clock)
        defer { broker.shutdown() }
        try await broker.createTopic("idle")
        let fetch = Task {
            try await broker.roundTrip(Self.request([("idle", 0, 0)], maxWaitMs: 500, minBytes: 1), version: 12)
        }
        try await waitUntil("the fetch to wait") {
            broker.replicaManager.purgatory.delayedCount == 1 && clock.sleeperCount == 1
        }
        clock.advance(by: .milliseconds(499))
        #expect(broker.replicaManager.purgatory.delayedCount == 1)
        clock.advance(by: .milliseconds(1))
        let response = try #require(try await fetch.value)
        let idle = try #require(try Self.summary(response)["idle-0"])
        #expect(idle.0 == 0 && idle.1 == 0 && idle.2.isEmpty)
    }

    @Test("a fetch session goes full, incremental with only changes, forgets a partition, and rejects a stale epoch")
    func sessions() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("s", partitions: 2)
        _ = try await broker.produce("s", partition: 0, try makeBatch(["a"]))

        let full = try #require(
            try await broker.roundTrip(Self.request([("s", 0, 0), ("s", 1, 0)], sessionEpoch: 0), version: 12))
        #expect(full.errorCode == 0 && full.sessionId != 0)
        let fullSummary = try Self.summary(full)
        #expect(fullSummary.count == 2 && fullSummary["s-0"]?.2 == ["a"])
        let session = full.sessionId

        // The client moved p0 to offset 1; nothing changed anywhere: an empty incremental answer.
        let quiet = try #require(
            try await broker.roundTrip(Self.request([("s", 0, 1)], sessionId: session, sessionEpoch: 1), version: 12))
        #expect(quiet.errorCode == 0 && quiet.sessionId == session && quiet.responses.isEmpty)

        _ = try await broker.produce("s", partition: 1, try makeBatch(["b"]))
        let changed = try #require(
            try await broker.roundTrip(Self.request([], sessionId: session, sessionEpoch: 2), version: 12))
        let changedSummary = try Self.summary(changed)
        #expect(changedSummary.count == 1 && changedSummary["s-1"]?.2 == ["b"])

        // Forget p1: later produces to it no longer show up.
        let forget = Self.request(
            [], sessionId: session, sessionEpoch: 3, forgotten: [.init(topic: "s", partitions: [1])])
        #expect(try #require(try await broker.roundTrip(forget, version: 12)).responses.isEmpty)
        _ = try await broker.produce("s", partition: 1, try makeBatch(["c"]))
        let afterForget = try #require(
            try await broker.roundTrip(Self.request([], sessionId: session, sessionEpoch: 4), version: 12))
        #expect(afterForget.responses.isEmpty)

        let stale = try #require(
            try await broker.roundTrip(Self.request([], sessionId: session, sessionEpoch: 4), version: 12))
        #expect(stale.errorCode == ErrorCode.invalidFetchSessionEpoch.rawValue && stale.responses.isEmpty)
        let unknown = try #require(
            try await broker.roundTrip(Self.request([], sessionId: session &+ 1, sessionEpoch: 1), version: 12))
        #expect(unknown.errorCode == ErrorCode.fetchSessionIdNotFound.rawValue)

        // Epoch -1 closes the session and answers without one.
        let closing = try #require(
            try await broker.roundTrip(Self.request([("s", 0, 0)], sessionId: session, sessionEpoch: -1), version: 12))
        #expect(closing.sessionId == 0 && closing.errorCode == 0)
        let closed = try #require(
            try await broker.roundTrip(Self.request([], sessionId: session, sessionEpoch: 5), version: 12))
        #expect(closed.errorCode == ErrorCode.fetchSessionIdNotFound.rawValue)
    }

    @Test("the session cache is bounded: a full cache admits only a bigger session, by evicting")
    func sessionCacheBound() async throws {
        let broker = try await TestBroker.start(["max.incremental.fetch.session.cache.slots": "1"])
        defer { broker.shutdown() }
        try await broker.createTopic("b", partitions: 2)
        let first = try #require(try await broker.roundTrip(Self.request([("b", 0, 0)], sessionEpoch: 0), version: 12))
        #expect(first.sessionId != 0)
        let refused = try #require(try await broker.roundTrip(Self.request([("b", 1, 0)], sessionEpoch: 0), version: 12))
        #expect(refused.sessionId == 0 && refused.errorCode == 0 && refused.responses.count == 1)
        let bigger = try #require(
            try await broker.roundTrip(Self.request([("b", 0, 0), ("b", 1, 0)], sessionEpoch: 0), version: 12))
        #expect(bigger.sessionId != 0 && bigger.sessionId != first.sessionId)
        #expect(await broker.replicaManager.fetchManager.sessionCount == 1)
        let evicted = try #require(
            try await broker.roundTrip(Self.request([], sessionId: first.sessionId, sessionEpoch: 1), version: 12))
        #expect(evicted.errorCode == ErrorCode.fetchSessionIdNotFound.rawValue)
    }

    @Test("the first batch is sent whole even past the limits, and max_bytes is shared across partitions")
    func byteLimits() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("big", partitions: 2)
        let payload = String(repeating: "p", count: 1000)
        for index in 0..<3 { _ = try await broker.produce("big", partition: 0, try makeBatch(["\(payload)\(index)"])) }
        _ = try await broker.produce("big", partition: 1, try makeBatch(["other"]))

        let tinyPartitions = try #require(
            try await broker.roundTrip(Self.request([("big", 0, 0)], partitionMaxBytes: 10), version: 4))
        #expect(try Self.summary(tinyPartitions)["big-0"]?.2 == ["\(payload)0"])

        let tinyResponse = try #require(
            try await broker.roundTrip(Self.request([("big", 0, 0), ("big", 1, 0)], maxBytes: 10), version: 11))
        let summary = try Self.summary(tinyResponse)
        #expect(summary["big-0"]?.2 == ["\(payload)0"])
        #expect(summary["big-1"]?.2 == [] && summary["big-1"]?.1 == 1)

        let roomy = try #require(
            try await broker.roundTrip(Self.request([("big", 0, 0), ("big", 1, 0)], partitionMaxBytes: 2500), version: 11))
        #expect(try Self.summary(roomy)["big-0"]?.2.count == 2)
    }

    @Test("bad offsets, epochs, topics and topic ids are per-partition errors")
    func partitionErrors() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        let topicId = try await broker.createTopic("e")
        _ = try await broker.produce("e", try makeBatch(["a"]))
        let outOfRange = try #require(try await broker.roundTrip(Self.request([("e", 0, 5)]), version: 12))
        #expect(try Self.summary(outOfRange)["e-0"]?.0 == ErrorCode.offsetOutOfRange.rawValue)

        var epochAhead = Self.request([("e", 0, 0)])
        epochAhead.topics[0].partitions[0].currentLeaderEpoch = 3
        let ahead = try #require(try await broker.roundTrip(epochAhead, version: 12))
        #expect(try Self.summary(ahead)["e-0"]?.0 == ErrorCode.unknownLeaderEpoch.rawValue)

        let missing = try #require(try await broker.roundTrip(Self.request([("nope", 0, 0), ("e", 7, 0)]), version: 12))
        #expect(try Self.summary(missing)["nope-0"]?.0 == ErrorCode.unknownTopicOrPartition.rawValue)
        #expect(try Self.summary(missing)["e-7"]?.0 == ErrorCode.unknownTopicOrPartition.rawValue)

        var byId = Self.request([])
        byId.topics = [
            .init(topicId: Uuid.random(), partitions: [.init(partition: 0, fetchOffset: 0, partitionMaxBytes: 1000)]),
            .init(topicId: topicId, partitions: [.init(partition: 0, fetchOffset: 0, partitionMaxBytes: 1000)]),
        ]
        let ids = try #require(try await broker.roundTrip(byId, version: 13))
        #expect(ids.responses.count == 2)
        #expect(ids.responses[0].partitions.first?.errorCode == ErrorCode.unknownTopicId.rawValue)
        #expect(ids.responses[1].topicId == topicId)
        #expect(try recordValues(try #require(ids.responses[1].partitions.first?.records).bytes) == ["a"])
    }

    @Test("read_committed stops at the last stable offset while read_uncommitted reads to the high watermark")
    func isolation() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("tx")
        _ = try await broker.produce("tx", try makeBatch(["plain"]))
        let producerId = try await broker.context.controller.allocateProducerId()
        let open = try makeBatch(["pending"], producerId: producerId, producerEpoch: 0, baseSequence: 0, isTransactional: true)
        #expect(try await broker.produce("tx", open).errorCode == 0)

        let committed = try #require(try await broker.roundTrip(Self.request([("tx", 0, 0)], isolation: 1), version: 12))
        let committedPartition = try #require(committed.responses.first?.partitions.first)
        #expect(committedPartition.highWatermark == 2 && committedPartition.lastStableOffset == 1)
        #expect(committedPartition.abortedTransactions == [])
        #expect(try recordValues(try #require(committedPartition.records).bytes) == ["plain"])

        let uncommitted = try #require(try await broker.roundTrip(Self.request([("tx", 0, 0)], isolation: 0), version: 12))
        let uncommittedPartition = try #require(uncommitted.responses.first?.partitions.first)
        #expect(uncommittedPartition.abortedTransactions == nil)
        #expect(try recordValues(try #require(uncommittedPartition.records).bytes) == ["plain", "pending"])

        #expect(try await broker.listOffset("tx", timestamp: -1, isolation: 1).offset == 1)
        #expect(try await broker.listOffset("tx", timestamp: -1, isolation: 0).offset == 2)

        // The coordinator aborts: read_committed now reads past it and learns what to skip.
        let abort = try EndTransactionMarker(type: .abort, coordinatorEpoch: 0).encodeBatch(
            baseOffset: 0, timestamp: Int64(Date().timeIntervalSince1970 * 1000), partitionLeaderEpoch: 0,
            producerId: producerId, producerEpoch: 0)
        _ = try broker.replicaManager.appendRecords(
            abort, to: TopicPartition(topic: "tx", partition: 0), requiredAcks: -1, origin: .coordinator)
        let afterAbort = try #require(try await broker.roundTrip(Self.request([("tx", 0, 0)], isolation: 1), version: 12))
        let abortedPartition = try #require(afterAbort.responses.first?.partitions.first)
        #expect(abortedPartition.lastStableOffset == 3)
        #expect(abortedPartition.abortedTransactions == [.init(producerId: producerId, firstOffset: 1)])
    }

    @Test("a handler called directly returns records as file regions of the segment")
    func zeroCopy() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("z")
        _ = try await broker.produce("z", try makeBatch(["direct"]))
        let handler = FetchHandler(replicaManager: broker.replicaManager)
        let response = try #require(try await handler.handle(Self.request([("z", 0, 0)]), version: 12, client: TestBroker.client))
        guard case .fileRegion? = response.responses.first?.partitions.first?.records else {
            Issue.record("expected a file region")
            _ = try materialize(response)
            return
        }
        let bytes = try materialize(response)
        #expect(try recordValues(try #require(bytes.responses.first?.partitions.first?.records).bytes) == ["direct"])
    }
}
