import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct RetentionTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()

    /// 30 batches of 5 records, about 4 per segment, timestamps one second apart.
    func filledLog(_ properties: [String: String] = [:]) throws -> PartitionLog {
        var config = try LogConfig(properties: ["segment.bytes": "4000", "retention.ms": "-1"])
        try config.apply(properties)
        let log = try PartitionLog.open(
            directory: self.directory.path + "/retain-0", topicPartition: TopicPartition(topic: "retain", partition: 0),
            config: config, clock: self.clock.storageClock)
        for index in 0..<30 {
            _ = try log.appendAsLeader(
                try makeBatch(count: 5, valueSize: 150, timestamp: self.clock.now + Int64(index) * 1000, tag: index),
                leaderEpoch: 0)
        }
        log.updateHighWatermark(log.logEndOffset)
        return log
    }

    @Test func retentionMsDeletesSegmentsWhoseNewestRecordIsTooOld() throws {
        let log = try self.filledLog(["retention.ms": "10000"])
        let before = log.segmentBaseOffsets
        self.clock.advance(by: 20_500)
        let deleted = try log.deleteOldSegments()
        #expect(deleted > 0)
        let after = log.segmentBaseOffsets
        #expect(after == Array(before.dropFirst(deleted)))
        #expect(log.logStartOffset == after[0])
        // Every remaining record is younger than retention.ms, or shares a segment with one.
        let oldest = try #require(try readAll(log).first)
        #expect(oldest.baseOffset == after[0])
        let names = self.directory.files("retain-0")
        #expect(!names.contains { $0.hasSuffix(".deleted") })
        #expect(!names.contains(LogFileName.formatOffset(before[0]) + ".log"))
        #expect(throws: OffsetOutOfRangeError.self) { try log.read(from: 0, maxBytes: 100) }
    }

    @Test func retentionBytesDeletesTheOldestSegmentsWhileTheLogIsTooLarge() throws {
        let log = try self.filledLog(["retention.bytes": "10000"])
        _ = try log.deleteOldSegments()
        #expect(log.size <= 10000 + 4000)
        #expect(log.size > 10000 - 4000)
        #expect(log.logEndOffset == 150)
    }

    @Test func theActiveSegmentIsDeletedOnlyAfterARollAndNeverBeyondTheHighWatermark() throws {
        let log = try self.filledLog(["retention.ms": "1"])
        log.updateHighWatermark(100)
        self.clock.advance(by: 100_000)
        _ = try log.deleteOldSegments()
        #expect(log.logStartOffset <= 100)
        #expect((log.segmentBaseOffsets.first ?? 0) <= 100)
        log.updateHighWatermark(150)
        _ = try log.deleteOldSegments()
        #expect(log.segmentBaseOffsets == [150])
        #expect(log.logStartOffset == 150 && log.logEndOffset == 150)
        // An empty active segment is never deleted.
        #expect(try log.deleteOldSegments() == 0)
        #expect(
            try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now), leaderEpoch: 0).firstOffset
                == 150)
    }

    @Test func deleteRecordsMovesTheLogStartAndDropsWholeSegmentsBelowIt() throws {
        let log = try self.filledLog()
        let bases = log.segmentBaseOffsets
        let lowWatermark = try log.deleteRecords(before: bases[2] + 3)
        #expect(lowWatermark == bases[2] + 3)
        #expect(log.segmentBaseOffsets.first == bases[2])
        #expect(throws: OffsetOutOfRangeError.self) { try log.read(from: bases[2], maxBytes: 100) }
        #expect(try log.offset(forTimestamp: TimestampAndOffset.earliestTimestamp)?.offset == bases[2] + 3)
        #expect(throws: OffsetOutOfRangeError.self) { try log.deleteRecords(before: 151) }
    }

    @Test func truncationRemovesEverythingFromTheBatchHoldingTheOffset() throws {
        let log = try self.filledLog()
        try log.locked { try log.leaderEpochCache.assign(epoch: 1, startOffset: 120) }
        #expect(try log.truncate(to: 102))
        #expect(log.logEndOffset == 100)
        #expect(try readAll(log).last?.lastOffset == 99)
        #expect(log.leaderEpochs == [EpochEntry(epoch: 0, startOffset: 0)])
        #expect(try indexesAgreeWithLog(log))
        #expect(
            try log.appendAsLeader(try makeBatch(count: 2, timestamp: self.clock.now), leaderEpoch: 2).firstOffset
                == 100)
        #expect(try !log.truncate(to: 500))
    }

    @Test func truncateFullyStartsAnEmptyLogAtTheNewOffset() throws {
        let log = try self.filledLog()
        try log.truncateFully(newStart: 1000)
        #expect(log.logStartOffset == 1000 && log.logEndOffset == 1000 && log.segmentBaseOffsets == [1000])
        #expect(
            self.directory.files("retain-0").filter { $0.hasSuffix(".log") } == [
                LogFileName.formatOffset(1000) + ".log"
            ])
        #expect(
            try log.appendAsLeader(try makeBatch(count: 2, timestamp: self.clock.now), leaderEpoch: 0).firstOffset
                == 1000)
        try log.truncateFully(newStart: 0)
        #expect(log.logEndOffset == 0)
    }
}
