import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

@Suite struct ReplicaManagerTests {
    @Test("a topic's log takes the broker's log defaults under the topic's own configs")
    func effectiveConfig() async throws {
        let broker = try await TestBroker.start(["log.segment.bytes": "1048576", "log.retention.hours": "2"])
        defer { broker.shutdown() }
        try await broker.createTopic("plain")
        try await broker.createTopic("custom", configs: ["retention.ms": "5000", "max.message.bytes": "2048"])
        let plain = try #require(broker.replicaManager.partition(TopicPartition(topic: "plain", partition: 0)))
        #expect(plain.log.currentConfig.segmentBytes == 1_048_576)
        #expect(plain.log.currentConfig.retentionMs == 7_200_000)
        let custom = try #require(broker.replicaManager.partition(TopicPartition(topic: "custom", partition: 0)))
        #expect(custom.log.currentConfig.retentionMs == 5000 && custom.log.currentConfig.maxMessageBytes == 2048)
        #expect(custom.log.currentConfig.segmentBytes == 1_048_576)
        #expect(custom.isLeader && custom.isr == [1] && custom.leaderEpoch == 0)
    }

    @Test("a topic config change reaches the partition's log")
    func configChange() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("tuned")
        let (error, _) = try await broker.context.controller.alterTopicConfigs(
            "tuned", changes: ["retention.ms": "1234"], validateOnly: false)
        #expect(error == .none)
        let partition = try #require(broker.replicaManager.partition(TopicPartition(topic: "tuned", partition: 0)))
        #expect(partition.log.currentConfig.retentionMs == 1234)
    }

    @Test("deleting a topic deletes its logs and answers the fetches waiting on it")
    func topicDeletion() async throws {
        let broker = try await TestBroker.start(delayClock: ManualDelayClock())
        defer { broker.shutdown() }
        try await broker.createTopic("doomed", partitions: 2)
        let directory = try #require(broker.context.logManager.log(for: TopicPartition(topic: "doomed", partition: 0))).directory
        let fetch = Task {
            try await broker.roundTrip(FetchHandlerTests.request([("doomed", 0, 0)], maxWaitMs: 60_000, minBytes: 1), version: 12)
        }
        try await waitUntil("the fetch to wait") { broker.replicaManager.purgatory.delayedCount == 1 }
        _ = try await broker.context.controller.deleteTopics(names: ["doomed"], ids: [])
        let response = try #require(try await fetch.value)
        #expect(response.responses.first?.partitions.first?.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        #expect(broker.replicaManager.partition(TopicPartition(topic: "doomed", partition: 0)) == nil)
        #expect(broker.context.logManager.log(for: TopicPartition(topic: "doomed", partition: 1)) == nil)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test("a re-created topic starts from an empty log")
    func recreatedTopic() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("again")
        _ = try await broker.produce("again", try makeBatch(["old"]))
        _ = try await broker.context.controller.deleteTopics(names: ["again"], ids: [])
        let newId = try await broker.createTopic("again")
        let partition = try #require(broker.replicaManager.partition(TopicPartition(topic: "again", partition: 0)))
        #expect(partition.topicId == newId && partition.log.logEndOffset == 0)
    }

    @Test("an older image applied after a newer one changes nothing")
    func staleImages() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        let before = broker.context.publisher.current
        try await broker.createTopic("kept")
        broker.replicaManager.apply(before)
        #expect(broker.replicaManager.partition(TopicPartition(topic: "kept", partition: 0)) != nil)
    }
}

@Suite struct FetchSessionCacheTests {
    static func parameters(_ partition: Int32, offset: Int64 = 0) -> FetchPartitionParameters {
        FetchPartitionParameters(key: FetchPartitionKey(topic: "t", partition: partition), fetchOffset: offset, maxBytes: 1000)
    }

    static func summary(highWatermark: Int64, bytes: Int = 0) -> FetchPartitionSummary {
        FetchPartitionSummary(error: .none, highWatermark: highWatermark, lastStableOffset: highWatermark, logStartOffset: 0, recordBytes: bytes)
    }

    @Test("an idle session is evicted for a newcomer once past the eviction time")
    func staleEviction() {
        var cache = FetchSessionCache(maxEntries: 1, evictionMs: 1000)
        let full = cache.newContext(
            sessionId: 0, epoch: 0, privileged: false, usesTopicIds: false, partitions: [Self.parameters(0), Self.parameters(1)],
            forgotten: [], nowMs: 0)
        guard case .respond(let first, _) = cache.completeResponse(full, summaries: [:], nowMs: 0) else {
            Issue.record("expected a response")
            return
        }
        #expect(first != 0)
        let small = cache.newContext(
            sessionId: 0, epoch: 0, privileged: false, usesTopicIds: false, partitions: [Self.parameters(0)], forgotten: [],
            nowMs: 500)
        #expect(cache.completeResponse(small, summaries: [:], nowMs: 500) == .respond(sessionId: 0, partitions: [Self.parameters(0).key]))
        guard case .respond(let second, _) = cache.completeResponse(small, summaries: [:], nowMs: 1501) else {
            Issue.record("expected a response")
            return
        }
        #expect(second != 0 && second != first && cache.sessions.count == 1)
    }

    @Test("incremental epochs advance by one and wrap to 1; topic-id use must not change")
    func epochs() {
        #expect(FetchSessionCache.nextEpoch(1) == 2)
        #expect(FetchSessionCache.nextEpoch(Int32.max) == 1)
        var cache = FetchSessionCache(maxEntries: 10)
        let full = cache.newContext(
            sessionId: 0, epoch: 0, privileged: false, usesTopicIds: false, partitions: [Self.parameters(0)], forgotten: [],
            nowMs: 0)
        guard case .respond(let id, _) = cache.completeResponse(full, summaries: [Self.parameters(0).key: Self.summary(highWatermark: 3)], nowMs: 0) else {
            Issue.record("expected a response")
            return
        }
        #expect(cache.newContext(sessionId: id, epoch: 1, privileged: false, usesTopicIds: true, partitions: [], forgotten: [], nowMs: 1) == .error(.fetchSessionTopicIdError))
        let next = cache.newContext(sessionId: id, epoch: 1, privileged: false, usesTopicIds: false, partitions: [], forgotten: [], nowMs: 1)
        #expect(next == .incremental(sessionId: id, expectedEpoch: 2, [Self.parameters(0)]))
        // Unchanged high watermark, no records: left out; records: included.
        #expect(cache.completeResponse(next, summaries: [Self.parameters(0).key: Self.summary(highWatermark: 3)], nowMs: 1) == .respond(sessionId: id, partitions: []))
        #expect(cache.completeResponse(next, summaries: [Self.parameters(0).key: Self.summary(highWatermark: 3, bytes: 10)], nowMs: 1) == .respond(sessionId: id, partitions: [Self.parameters(0).key]))
    }
}
