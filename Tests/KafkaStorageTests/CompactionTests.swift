import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct CompactionTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()

    func openLog(_ properties: [String: String] = [:]) throws -> PartitionLog {
        var config = try LogConfig(properties: ["cleanup.policy": "compact", "segment.bytes": "3000"])
        try config.apply(properties)
        return try PartitionLog.open(
            directory: self.directory.path + "/compact-0",
            topicPartition: TopicPartition(topic: "compact", partition: 0),
            config: config, clock: self.clock.storageClock)
    }

    func keyed(_ pairs: [(String, String?)], producerId: Int64 = -1, sequence: Int32 = -1, transactional: Bool = false)
        throws -> ByteBuffer
    {
        var builder = RecordBatchBuilder(
            producerId: producerId, producerEpoch: producerId >= 0 ? 0 : -1, baseSequence: sequence,
            isTransactional: transactional)
        for (key, value) in pairs {
            try builder.append(
                timestamp: self.clock.now, key: ByteBuffer(string: key), value: value.map { ByteBuffer(string: $0) })
        }
        return try builder.build()
    }

    /// Key and value of every record in the log, by offset.
    func contents(_ log: PartitionLog) throws -> [(offset: Int64, key: String, value: String?)] {
        var result: [(Int64, String, String?)] = []
        for batch in try readAll(log) {
            var records = try batch.records()
            while let record = try records.next() {
                result.append(
                    (
                        record.offset, record.key.map { String(buffer: $0) } ?? "",
                        record.value.map { String(buffer: $0) }
                    ))
            }
        }
        return result
    }

    @Test func compactionKeepsTheLatestValuePerKeyAndTheOffsets() throws {
        let log = try self.openLog()
        for round in 0..<40 {
            _ = try log.appendAsLeader(
                try self.keyed((0..<5).map { ("k\($0)", "v\(round)-\($0)" + String(repeating: "x", count: 40)) }),
                leaderEpoch: 0)
        }
        log.updateHighWatermark(log.logEndOffset)
        let before = try self.contents(log)
        let activeBase = try #require(log.segmentBaseOffsets.last)
        let result = try #require(try log.compact(checkpoint: nil))
        #expect(result.endOffset == activeBase && result.recordsRemoved > 0 && result.bytesAfter < result.bytesBefore)
        let after = try self.contents(log)
        let cleanedPart = after.filter { $0.offset < activeBase }
        // One record per key below the active segment, each the newest of that range.
        #expect(Set(cleanedPart.map(\.key)).count == cleanedPart.count)
        for record in cleanedPart {
            let newest = before.filter { $0.key == record.key && $0.offset < activeBase }.last
            #expect(newest?.offset == record.offset && newest?.value == record.value)
        }
        #expect(
            after.filter { $0.offset >= activeBase }.map(\.offset)
                == before.filter { $0.offset >= activeBase }.map(\.offset))
        #expect(log.logEndOffset == 200)
        #expect(
            !self.directory.files("compact-0").contains {
                $0.hasSuffix(".cleaned") || $0.hasSuffix(".swap") || $0.hasSuffix(".deleted")
            })
        #expect(try indexesAgreeWithLog(log))
        // Below the ratio, nothing to do; the cleaned log reads the same after a reopen.
        #expect(try log.compact(checkpoint: result.endOffset) == nil)
        try log.flush()
        try log.close()
        let reopened = try self.openLog()
        #expect(try self.contents(reopened).map(\.offset) == after.map(\.offset))
    }

    @Test func tombstonesGetADeleteHorizonAndGoOnceItPasses() throws {
        let log = try self.openLog(["delete.retention.ms": "1000"])
        _ = try log.appendAsLeader(try self.keyed([("gone", "value"), ("kept", "value")]), leaderEpoch: 0)
        _ = try log.appendAsLeader(try self.keyed([("gone", nil)]), leaderEpoch: 0)
        try log.roll()
        _ = try log.appendAsLeader(try self.keyed([("later", "value")]), leaderEpoch: 0)
        log.updateHighWatermark(log.logEndOffset)
        _ = try #require(try log.compact(checkpoint: nil))
        let first = try self.contents(log)
        #expect(first.map(\.key) == ["kept", "gone", "later"] && first[1].value == nil)
        let tombstoneBatch = try #require(try readAll(log).first { $0.lastOffset == 2 })
        #expect(tombstoneBatch.deleteHorizonMs == self.clock.now + 1000)
        self.clock.advance(by: 1001)
        _ = try #require(try log.compact(checkpoint: nil, force: true))
        #expect(try self.contents(log).map(\.key) == ["kept", "later"])
    }

    @Test func abortedTransactionalRecordsAreRemoved() throws {
        let log = try self.openLog()
        _ = try log.appendAsLeader(try self.keyed([("a", "committed")]), leaderEpoch: 0)
        _ = try log.appendAsLeader(
            try self.keyed([("b", "aborted"), ("c", "aborted")], producerId: 5, sequence: 0, transactional: true),
            leaderEpoch: 0)
        let marker = try EndTransactionMarker(type: .abort, coordinatorEpoch: 1).encodeBatch(
            baseOffset: 0, timestamp: self.clock.now, partitionLeaderEpoch: 0, producerId: 5, producerEpoch: 0)
        _ = try log.appendAsLeader(marker, leaderEpoch: 0, origin: .coordinator)
        try log.roll()
        log.updateHighWatermark(log.logEndOffset)
        let result = try #require(try log.compact(checkpoint: nil))
        #expect(result.recordsRemoved == 2)
        let stored = try readAll(log)
        // The data is gone; the marker stays until its delete horizon.
        #expect(try self.contents(log).filter { !$0.key.isEmpty && $0.offset < 3 }.map(\.key).contains("a"))
        #expect(!stored.contains { $0.isTransactional && !$0.isControlBatch && $0.recordCount > 0 })
        #expect(stored.contains { $0.isControlBatch })
    }

    @Test func compactedTopicsRefuseRecordsWithoutKeys() throws {
        let log = try self.openLog()
        #expect(throws: InvalidRecordError.self) {
            try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now).keyless(), leaderEpoch: 0)
        }
    }

    @Test func theCleanerCompactsOnlyCompactedLogsAndCheckpointsTheDirtyOffset() throws {
        let manager = LogManager(logDirs: [self.directory.path + "/dir"], clock: self.clock.storageClock)
        try manager.startup()
        let compacted = try manager.getOrCreateLog(
            TopicPartition(topic: "table", partition: 0),
            config: try LogConfig(properties: ["cleanup.policy": "compact", "segment.bytes": "2000"]))
        let plain = try manager.getOrCreateLog(
            TopicPartition(topic: "stream", partition: 0), config: try LogConfig(properties: ["segment.bytes": "2000"]))
        for round in 0..<30 {
            _ = try compacted.appendAsLeader(
                try self.keyed([("key", "value \(round)" + String(repeating: "y", count: 60))]), leaderEpoch: 0)
            _ = try plain.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now), leaderEpoch: 0)
        }
        compacted.updateHighWatermark(compacted.logEndOffset)
        plain.updateHighWatermark(plain.logEndOffset)
        let cleaner = try LogCleaner(logManager: manager)
        let results = try cleaner.cleanOnce()
        #expect(Array(results.keys) == [TopicPartition(topic: "table", partition: 0)])
        let end = try #require(results.values.first?.endOffset)
        let text = try String(contentsOfFile: self.directory.path + "/dir/cleaner-offset-checkpoint", encoding: .utf8)
        #expect(text == "0\n1\ntable 0 \(end)\n")
        #expect(
            try LogCleaner(logManager: manager).checkpoint(for: TopicPartition(topic: "table", partition: 0)) == end)
    }
}

extension ByteBuffer {
    /// The batch rebuilt with null keys.
    func keyless() throws -> ByteBuffer {
        let batch = try RecordBatch(self)
        var builder = RecordBatchBuilder()
        var records = try batch.records()
        while let record = try records.next() {
            try builder.append(timestamp: record.timestamp, key: nil, value: record.value)
        }
        return try builder.build()
    }
}
