import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct ReadTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()

    /// A log of 40 batches of 5 records over several small segments, timestamps rising by 100 ms per batch.
    func filledLog() throws -> PartitionLog {
        let log = try PartitionLog.open(
            directory: self.directory.path + "/read-0", topicPartition: TopicPartition(topic: "read", partition: 0),
            config: try LogConfig(properties: ["segment.bytes": "8192", "index.interval.bytes": "1024"]),
            clock: self.clock.storageClock)
        for index in 0..<40 {
            _ = try log.appendAsLeader(
                try makeBatch(count: 5, valueSize: 150, timestamp: self.clock.now + Int64(index) * 100, tag: index),
                leaderEpoch: Int32(index / 10))
        }
        log.updateHighWatermark(log.logEndOffset)
        return log
    }

    @Test func everyOffsetReadsFromTheBatchHoldingItAcrossSegmentRolls() throws {
        let log = try self.filledLog()
        #expect(log.segmentBaseOffsets.count > 3)
        for offset in stride(from: Int64(0), to: 200, by: 3) {
            let found = try batches(in: try log.readBytes(from: offset, maxBytes: 1))
            #expect(found.count == 1)
            #expect(found[0].baseOffset <= offset && found[0].lastOffset >= offset)
            #expect(found[0].baseOffset == offset / 5 * 5)
        }
    }

    @Test func readsHonourMaxBytesAndReturnOneWholeBatchWhenAsked() throws {
        let log = try self.filledLog()
        let info = try log.read(from: 10, maxBytes: 3000)
        #expect(info.byteCount == 3000)
        let partial = try batches(in: try info.records?.read() ?? ByteBuffer())
        #expect(partial.count >= 1 && partial[0].baseOffset == 10)
        let none = try log.read(from: 10, maxBytes: 0, minOneMessage: false)
        #expect(none.records == nil)
        let one = try log.read(from: 10, maxBytes: 1, minOneMessage: true)
        let whole = try RecordBatch(try #require(one.records).read())
        #expect(one.byteCount == whole.sizeInBytes)
    }

    @Test func readsStopAtTheIsolationBound() throws {
        let log = try self.filledLog()
        log.updateHighWatermark(50)
        // A read returns data from one segment; the one holding offset 45 ends at the bound.
        #expect(log.segmentBaseOffsets.contains(45))
        let info = try log.read(from: 45, maxBytes: 1 << 20, isolation: .highWatermark)
        let found = try batches(in: try #require(info.records).read())
        #expect(found.last?.lastOffset == 49)
        #expect(try log.read(from: 50, maxBytes: 1 << 20, isolation: .highWatermark).records == nil)
        #expect(try log.read(from: 200, maxBytes: 1 << 20).records == nil)
        #expect(throws: OffsetOutOfRangeError.self) { try log.read(from: 201, maxBytes: 100) }
        #expect(throws: OffsetOutOfRangeError.self) { try log.read(from: -1, maxBytes: 100) }
    }

    @Test func aFileSliceBecomesAFileRegionOnItsOwnDescriptor() throws {
        let log = try self.filledLog()
        let slice = try #require(try log.read(from: 0, maxBytes: 500).records)
        let region = try slice.makeFileRegion()
        #expect(region.readerIndex == slice.position && region.readableBytes == slice.length)
        try region.fileHandle.close()
        #expect(Records.fileRegion(region).byteCount == slice.length)
    }

    @Test func timestampsFindTheFirstRecordAtOrAfterThem() throws {
        let log = try self.filledLog()
        let base = self.clock.now
        let exact = try #require(try log.offset(forTimestamp: base + 1502))
        #expect(exact.offset == 77 && exact.timestamp == base + 1502)
        let between = try #require(try log.offset(forTimestamp: base + 1505))
        #expect(between.offset == 80 && between.timestamp == base + 1600)
        #expect(try log.offset(forTimestamp: base + 100_000) == nil)
        #expect(try log.offset(forTimestamp: TimestampAndOffset.earliestTimestamp)?.offset == 0)
        #expect(try log.offset(forTimestamp: TimestampAndOffset.latestTimestamp)?.offset == 200)
        let max = try #require(try log.offset(forTimestamp: TimestampAndOffset.maxTimestamp))
        #expect(max.offset == 199 && max.timestamp == base + 3904)
        #expect(max.leaderEpoch == 3)
    }

    @Test func leaderEpochEndOffsetsComeFromTheEpochCache() throws {
        let log = try self.filledLog()
        #expect(log.leaderEpochs.map(\.startOffset) == [0, 50, 100, 150])
        #expect(try log.endOffset(forEpoch: 1)?.endOffset == 100)
        #expect(try log.endOffset(forEpoch: 3)?.endOffset == 200)
        let text = try String(contentsOfFile: log.directory + "/leader-epoch-checkpoint", encoding: .utf8)
        #expect(text == "0\n4\n0 0\n1 50\n2 100\n3 150\n")
    }
}
