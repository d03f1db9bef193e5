import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

@Suite struct OffsetsHandlerTests {
    /// A topic with three batches at create times 1000, 3000, 2000 (offsets 0, 1, 2).
    static func stampedTopic(_ broker: TestBroker) async throws {
        try await broker.createTopic("stamped")
        for timestamp in [Int64(1000), 3000, 2000] {
            #expect(try await broker.produce("stamped", try makeBatch(["t\(timestamp)"], timestamp: timestamp)).errorCode == 0)
        }
    }

    @Test("ListOffsets answers earliest, latest, max timestamp and by timestamp", arguments: [Int16(1), 4, 7, 10])
    func listOffsets(version: Int16) async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await Self.stampedTopic(broker)
        let earliest = try await broker.listOffset("stamped", timestamp: -2, version: version)
        #expect(earliest.errorCode == 0 && earliest.offset == 0 && earliest.timestamp == -1)
        let latest = try await broker.listOffset("stamped", timestamp: -1, version: version)
        #expect(latest.offset == 3)
        #expect(latest.leaderEpoch == (version >= 4 ? 0 : -1))
        let byTime = try await broker.listOffset("stamped", timestamp: 1500, version: version)
        #expect(byTime.offset == 1 && byTime.timestamp == 3000)
        let future = try await broker.listOffset("stamped", timestamp: 10_000, version: version)
        #expect(future.errorCode == 0 && future.offset == -1 && future.timestamp == -1)
        if version >= 7 {
            let max = try await broker.listOffset("stamped", timestamp: -3, version: version)
            #expect(max.offset == 1 && max.timestamp == 3000)
        }
    }

    @Test("ListOffsets reports unknown partitions, epochs ahead, and partitions listed twice")
    func listOffsetsErrors() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("t")
        #expect(try await broker.listOffset("missing", timestamp: -1).errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        var ahead = ListOffsetsRequest(
            replicaId: -1, topics: [.init(name: "t", partitions: [.init(partitionIndex: 0, currentLeaderEpoch: 2, timestamp: -1)])])
        var response = try #require(try await broker.roundTrip(ahead, version: 5))
        #expect(response.topics.first?.partitions.first?.errorCode == ErrorCode.unknownLeaderEpoch.rawValue)
        ahead.topics[0].partitions.append(.init(partitionIndex: 0, timestamp: -2))
        ahead.topics[0].partitions[0].currentLeaderEpoch = -1
        response = try #require(try await broker.roundTrip(ahead, version: 5))
        #expect(response.topics.first?.partitions.map(\.errorCode) == [ErrorCode.invalidRequest.rawValue, ErrorCode.invalidRequest.rawValue])
        await #expect(throws: TestBroker.ConnectionClosed.self) { try await broker.roundTrip(ahead, version: 0) }
    }

    @Test("OffsetForLeaderEpoch gives the end of the asked epoch, the current one even on an empty log")
    func offsetForLeaderEpoch() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("epochs")
        func ask(_ epoch: Int32, current: Int32 = -1, version: Int16 = 4) async throws -> OffsetForLeaderEpochResponse.EpochEndOffset {
            let request = OffsetForLeaderEpochRequest(
                replicaId: -1,
                topics: [.init(topic: "epochs", partitions: [.init(partition: 0, currentLeaderEpoch: current, leaderEpoch: epoch)])])
            let response = try #require(try await broker.roundTrip(request, version: version))
            return try #require(response.topics.first?.partitions.first)
        }
        var answer = try await ask(0, version: 2)
        #expect(answer.errorCode == 0 && answer.leaderEpoch == 0 && answer.endOffset == 0)
        _ = try await broker.produce("epochs", try makeBatch(["a", "b"]))
        answer = try await ask(0)
        #expect(answer.leaderEpoch == 0 && answer.endOffset == 2)
        answer = try await ask(4)
        #expect(answer.leaderEpoch == -1 && answer.endOffset == -1)
        answer = try await ask(0, current: 1)
        #expect(answer.errorCode == ErrorCode.unknownLeaderEpoch.rawValue)
        #expect(ReplicaManager.endOffset(
            forEpoch: 2, entries: [.init(epoch: 1, startOffset: 0), .init(epoch: 3, startOffset: 10), .init(epoch: 5, startOffset: 20)],
            logEndOffset: 30) == (1, 10))
        #expect(ReplicaManager.endOffset(forEpoch: 0, entries: [.init(epoch: 1, startOffset: 4)], logEndOffset: 9) == (0, 4))
    }

    @Test("DeleteRecords moves the log start, which ListOffsets and Fetch then honour")
    func deleteRecords() async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("trim")
        for index in 0..<5 { _ = try await broker.produce("trim", try makeBatch(["v\(index)"])) }
        func delete(_ topic: String, before offset: Int64, version: Int16 = 2) async throws -> DeleteRecordsResponse.DeleteRecordsPartitionResult {
            var partition = DeleteRecordsRequest.DeleteRecordsPartition()
            partition.partitionIndex = 0
            partition.offset = offset
            var topicEntry = DeleteRecordsRequest.DeleteRecordsTopic()
            topicEntry.name = topic
            topicEntry.partitions = [partition]
            var request = DeleteRecordsRequest()
            request.topics = [topicEntry]
            request.timeoutMs = 1000
            let response = try #require(try await broker.roundTrip(request, version: version))
            return try #require(response.topics.first?.partitions.first)
        }
        let trimmed = try await delete("trim", before: 3, version: 0)
        #expect(trimmed.errorCode == 0 && trimmed.lowWatermark == 3)
        #expect(try await broker.listOffset("trim", timestamp: -2).offset == 3)
        let fetch = try #require(try await broker.roundTrip(FetchHandlerTests.request([("trim", 0, 1)]), version: 12))
        #expect(fetch.responses.first?.partitions.first?.errorCode == ErrorCode.offsetOutOfRange.rawValue)
        #expect(try await delete("trim", before: 9).errorCode == ErrorCode.offsetOutOfRange.rawValue)
        #expect(try await delete("trim", before: -1).lowWatermark == 5)
        #expect(try await delete("gone", before: 1).errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        try await broker.createTopic("compacted", configs: ["cleanup.policy": "compact"])
        #expect(try await delete("compacted", before: 0).errorCode == ErrorCode.policyViolation.rawValue)
    }

    @Test("DescribeLogDirs lists each dir with its partitions and sizes", arguments: [Int16(1), 4])
    func describeLogDirs(version: Int16) async throws {
        let broker = try await TestBroker.start()
        defer { broker.shutdown() }
        try await broker.createTopic("a", partitions: 2)
        try await broker.createTopic("b")
        _ = try await broker.produce("a", partition: 1, try makeBatch(["x"]))
        let all = try #require(try await broker.roundTrip(DescribeLogDirsRequest(topics: nil), version: version))
        let dir = try #require(all.results.first)
        #expect(all.results.count == 1 && dir.errorCode == 0 && dir.logDir.hasSuffix("/logs"))
        #expect(dir.topics.map(\.name) == ["a", "b"])
        let sizes = dir.topics.first?.partitions.map(\.partitionSize) ?? []
        #expect(sizes.count == 2 && sizes[0] == 0 && sizes[1] > 0)
        if version >= 4 { #expect(dir.totalBytes > 0 && dir.usableBytes >= 0) }
        let some = try #require(
            try await broker.roundTrip(DescribeLogDirsRequest(topics: [.init(topic: "a", partitions: [1])]), version: version))
        #expect(some.results.first?.topics.map(\.name) == ["a"])
        #expect(some.results.first?.topics.first?.partitions.map(\.partitionIndex) == [1])
    }
}
