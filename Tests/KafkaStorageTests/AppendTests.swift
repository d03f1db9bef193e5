import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct AppendTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()

    func openLog(_ configure: (inout LogConfig) -> Void = { _ in }) throws -> PartitionLog {
        var config = LogConfig()
        configure(&config)
        return try PartitionLog.open(
            directory: self.directory.path + "/topic-0", topicPartition: TopicPartition(topic: "topic", partition: 0),
            config: config, clock: self.clock.storageClock)
    }

    @Test func appendsAssignOffsetsInTheBatchHeadersWithoutReencodingRecords() throws {
        let log = try self.openLog()
        let first = try makeBatch(count: 3, timestamp: self.clock.now)
        let second = try makeBatch(count: 2, timestamp: self.clock.now + 10)
        let info1 = try log.appendAsLeader(first, leaderEpoch: 5)
        let info2 = try log.appendAsLeader(second, leaderEpoch: 5)
        #expect(info1.firstOffset == 0 && info1.lastOffset == 2)
        #expect(info2.firstOffset == 3 && info2.lastOffset == 4)
        #expect(info2.maxTimestamp == self.clock.now + 11)
        #expect(info2.offsetOfMaxTimestamp == 4)
        #expect(info2.logAppendTime == -1)
        #expect(log.logEndOffset == 5)
        let stored = try readAll(log)
        #expect(stored.map(\.baseOffset) == [0, 3])
        #expect(stored.map(\.partitionLeaderEpoch) == [5, 5])
        // The records section is byte-for-byte what the producer sent; the CRC still holds.
        #expect(stored[1].recordsSection == (try RecordBatch(second)).recordsSection)
        for batch in stored { try batch.validate(deep: true) }
        #expect(log.leaderEpochs == [EpochEntry(epoch: 5, startOffset: 0)])
    }

    @Test func theCallersBufferIsNeitherChangedNorCopiedWhenSharedWithARequest() throws {
        let log = try self.openLog { $0.messageTimestampType = .logAppendTime }
        _ = try log.appendAsLeader(try makeBatch(count: 4, timestamp: 1), leaderEpoch: 0)
        // A produce request: the records are a slice of a larger frame.
        var frame = ByteBuffer(string: "request header")
        let batch = try makeBatch(count: 3, timestamp: 7)
        frame.writeImmutableBuffer(batch)
        let records = try #require(frame.getSlice(at: 14, length: batch.readableBytes))
        let info = try log.appendAsLeader(records, leaderEpoch: 9)
        #expect(info.firstOffset == 4)
        #expect(records == batch && frame.getSlice(at: 14, length: batch.readableBytes) == batch)
        let stored = try readAll(log)[1]
        #expect(stored.baseOffset == 4 && stored.partitionLeaderEpoch == 9 && stored.maxTimestamp == self.clock.now)
        try stored.validate(deep: true)
        #expect(stored.recordsSection == (try RecordBatch(batch)).recordsSection)
    }

    @Test func severalBatchesInOneAppendGetConsecutiveOffsets() throws {
        let log = try self.openLog()
        var buffer = try makeBatch(count: 4, timestamp: self.clock.now)
        var more = try makeBatch(count: 6, timestamp: self.clock.now)
        buffer.writeBuffer(&more)
        let info = try log.appendAsLeader(buffer, leaderEpoch: 0)
        #expect(info.firstOffset == 0 && info.lastOffset == 9 && info.recordCount == 10)
        #expect(try readAll(log).map(\.baseOffset) == [0, 4])
    }

    @Test func logAppendTimeRewritesTheMaxTimestampAndTheChecksum() throws {
        let log = try self.openLog { $0.messageTimestampType = .logAppendTime }
        let info = try log.appendAsLeader(try makeBatch(count: 2, timestamp: 5), leaderEpoch: 0)
        #expect(info.logAppendTime == self.clock.now)
        let stored = try readAll(log)[0]
        #expect(stored.timestampType == .logAppendTime)
        #expect(stored.maxTimestamp == self.clock.now)
        try stored.validate(deep: true)
    }

    @Test func aBatchWithABadChecksumIsRejectedAsCorrupt() throws {
        let log = try self.openLog()
        var batch = try makeBatch(count: 2, timestamp: self.clock.now)
        let last = batch.writerIndex - 1
        batch.setInteger((batch.getInteger(at: last, as: UInt8.self) ?? 0) ^ 0xFF, at: last)
        #expect(throws: CorruptRecordError.self) { try log.appendAsLeader(batch, leaderEpoch: 0) }
        #expect(log.logEndOffset == 0)
    }

    @Test func aBatchAboveMaxMessageBytesIsRejected() throws {
        let log = try self.openLog { $0.maxMessageBytes = 500 }
        #expect(throws: RecordTooLargeError.self) {
            try log.appendAsLeader(try makeBatch(count: 10, valueSize: 100, timestamp: self.clock.now), leaderEpoch: 0)
        }
    }

    @Test func producedBatchesMustHaveBaseOffsetZeroAndAConsistentCount() throws {
        let log = try self.openLog()
        var batch = try makeBatch(count: 2, timestamp: self.clock.now)
        batch.setInteger(Int64(7), at: 0)
        #expect(throws: InvalidRecordError.self) { try log.appendAsLeader(batch, leaderEpoch: 0) }
        var counted = try makeBatch(count: 2, timestamp: self.clock.now)
        counted.setInteger(Int32(3), at: 57)
        try RecordBatch.updateChecksum(in: &counted, batchAt: 0)
        #expect(throws: InvalidRecordError.self) { try log.appendAsLeader(counted, leaderEpoch: 0) }
    }

    @Test func createTimesOutsideTheConfiguredWindowAreRejected() throws {
        let log = try self.openLog { $0.messageTimestampBeforeMaxMs = 1000 }
        #expect(throws: InvalidTimestampError.self) {
            try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now - 5000), leaderEpoch: 0)
        }
        // Kafka 4.0's default message.timestamp.after.max.ms is one hour.
        #expect(throws: InvalidTimestampError.self) {
            try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now + 3_600_001), leaderEpoch: 0)
        }
        _ = try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now - 500), leaderEpoch: 0)
    }

    @Test func aTopicCodecRecompressesBatchesInAnotherCodec() throws {
        let log = try self.openLog { $0.compression = .codec(.gzip) }
        let batch = try makeBatch(count: 20, valueSize: 200, timestamp: self.clock.now)
        let info = try log.appendAsLeader(batch, leaderEpoch: 1)
        #expect(info.targetCompression == .gzip && info.sourceCompression == .none)
        let stored = try readAll(log)
        #expect(stored.count == 1 && stored[0].compression == .gzip)
        #expect(stored[0].sizeInBytes < batch.readableBytes)
        var original = try RecordBatch(batch).records()
        var rebuilt = try stored[0].records()
        while let expected = try original.next() {
            let actual = try rebuilt.next()
            #expect(actual?.value == expected.value && actual?.key == expected.key)
            #expect(actual?.timestamp == expected.timestamp && actual?.offset == expected.offset)
        }
        #expect(try rebuilt.next() == nil)
    }

    @Test func producerCompressionKeepsTheProducersCodec() throws {
        let log = try self.openLog()
        let batch = try makeBatch(count: 20, timestamp: self.clock.now, compression: .lz4)
        _ = try log.appendAsLeader(batch, leaderEpoch: 0)
        let stored = try readAll(log)[0]
        let original = try RecordBatch(batch)
        #expect(stored.compression == .lz4)
        #expect(stored.recordsSection == original.recordsSection)
    }

    @Test func aRetriedIdempotentBatchReturnsItsOriginalOffsets() throws {
        let log = try self.openLog()
        let batch = try makeBatch(
            count: 3, timestamp: self.clock.now, producerId: 42, producerEpoch: 0, baseSequence: 0)
        _ = try log.appendAsLeader(try makeBatch(count: 2, timestamp: self.clock.now), leaderEpoch: 0)
        let first = try log.appendAsLeader(batch, leaderEpoch: 0)
        let retry = try log.appendAsLeader(batch, leaderEpoch: 0)
        #expect(retry.isDuplicate && retry.firstOffset == first.firstOffset && retry.lastOffset == first.lastOffset)
        #expect(log.logEndOffset == 5)
        let next = try makeBatch(count: 1, timestamp: self.clock.now, producerId: 42, producerEpoch: 0, baseSequence: 3)
        #expect(try log.appendAsLeader(next, leaderEpoch: 0).firstOffset == 5)
        let gap = try makeBatch(count: 1, timestamp: self.clock.now, producerId: 42, producerEpoch: 0, baseSequence: 9)
        #expect(throws: OutOfOrderSequenceError.self) { try log.appendAsLeader(gap, leaderEpoch: 0) }
        let stale = try makeBatch(
            count: 1, timestamp: self.clock.now, producerId: 42, producerEpoch: -1, baseSequence: 0)
        #expect(throws: (any Error).self) { try log.appendAsLeader(stale, leaderEpoch: 0) }
        #expect(log.producerStates[42]?.lastSequence == 3)
    }

    @Test func followersKeepTheLeadersOffsetsAndDropAPartialTail() throws {
        let leader = try self.openLog()
        _ = try leader.appendAsLeader(try makeBatch(count: 3, timestamp: self.clock.now), leaderEpoch: 2)
        _ = try leader.appendAsLeader(try makeBatch(count: 3, timestamp: self.clock.now), leaderEpoch: 3)
        var fetched = try leader.readBytes(from: 0, maxBytes: 1 << 20)
        let whole = fetched.readableBytes
        fetched.moveWriterIndex(to: whole - 10)
        let follower = try PartitionLog.open(
            directory: self.directory.path + "/topic-1", topicPartition: TopicPartition(topic: "topic", partition: 1),
            clock: self.clock.storageClock)
        let info = try follower.appendAsFollower(fetched)
        #expect(info.firstOffset == 0 && info.lastOffset == 2 && follower.logEndOffset == 3)
        #expect(follower.leaderEpochs == [EpochEntry(epoch: 2, startOffset: 0)])
        #expect(throws: InvalidOffsetError.self) {
            try follower.appendAsFollower(try leader.readBytes(from: 0, maxBytes: 100))
        }
    }

    @Test func segmentsRollOnSizeTimeAndIndexFullness() throws {
        let log = try self.openLog {
            $0.segmentBytes = 4096
            $0.segmentMs = 60_000
        }
        for _ in 0..<10 {
            _ = try log.appendAsLeader(
                try makeBatch(count: 5, valueSize: 200, timestamp: self.clock.now), leaderEpoch: 0)
        }
        let bySize = log.segmentBaseOffsets
        #expect(bySize.count > 1)
        for segment in try log.locked({ log.segments.dropLast() }) {
            #expect(segment.size <= 4096)
        }
        // segment.ms counts from the first batch's timestamp.
        self.clock.advance(by: 60_001)
        _ = try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now), leaderEpoch: 0)
        let beforeTimeRoll = log.segmentBaseOffsets.count
        self.clock.advance(by: 60_001)
        _ = try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now), leaderEpoch: 0)
        #expect(log.segmentBaseOffsets.count == beforeTimeRoll + 1)
        #expect(log.segmentBaseOffsets.last == log.logEndOffset - 1)

        let small = try PartitionLog.open(
            directory: self.directory.path + "/small-0", topicPartition: TopicPartition(topic: "small", partition: 0),
            config: try LogConfig(properties: ["segment.index.bytes": "32", "index.interval.bytes": "0"]),
            clock: self.clock.storageClock)
        for _ in 0..<12 {
            _ = try small.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now), leaderEpoch: 0)
        }
        // 32 bytes hold 4 offset entries and (one slot kept free) 1 time entry plus the final one.
        #expect(small.segmentBaseOffsets.count > 2)
        #expect(try indexesAgreeWithLog(small))
    }

    @Test func anOffsetBeyondTheSegmentsRelativeRangeRollsANewSegment() throws {
        let log = try self.openLog()
        var first = try makeBatch(count: 2, timestamp: self.clock.now)
        first.setInteger(Int64(10), at: 0)
        _ = try log.appendAsFollower(first)
        var far = try makeBatch(count: 2, timestamp: self.clock.now)
        far.setInteger(Int64(10) + Int64(Int32.max) + 5, at: 0)
        _ = try log.appendAsFollower(far)
        #expect(log.segmentBaseOffsets == [0, Int64(Int32.max) + 15])
        #expect(try readAll(log).map(\.baseOffset) == [10, Int64(Int32.max) + 15])
        #expect(try indexesAgreeWithLog(log))
    }

    @Test func flushMessagesForcesTheLogAndMovesTheRecoveryPoint() throws {
        let log = try self.openLog { $0.flushMessages = 3 }
        _ = try log.appendAsLeader(try makeBatch(count: 2, timestamp: self.clock.now), leaderEpoch: 0)
        #expect(log.recoveryPoint == 0)
        _ = try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now), leaderEpoch: 0)
        #expect(log.recoveryPoint == 3)
        let timed = try PartitionLog.open(
            directory: self.directory.path + "/timed-0", topicPartition: TopicPartition(topic: "timed", partition: 0),
            config: try LogConfig(properties: ["flush.ms": "1000"]), clock: self.clock.storageClock)
        _ = try timed.appendAsLeader(try makeBatch(count: 2, timestamp: self.clock.now), leaderEpoch: 0)
        #expect(timed.recoveryPoint == 0)
        self.clock.advance(by: 1000)
        try timed.flushIfDue()
        #expect(timed.recoveryPoint == 2)
    }

    @Test func logConfigParsesKafkasTopicConfigNames() throws {
        let config = try LogConfig(properties: [
            "segment.bytes": "1048576", "retention.ms": "-1", "cleanup.policy": "compact,delete",
            "compression.type": "zstd", "message.timestamp.type": "LogAppendTime", "unknown.config": "x",
        ])
        #expect(config.segmentBytes == 1_048_576 && config.retentionMs == -1)
        #expect(config.cleanupPolicy == [.compact, .delete] && config.compression == .codec(.zstd))
        #expect(config.messageTimestampType == .logAppendTime)
        #expect(LogConfig().segmentIndexBytes == 10_485_760 && LogConfig().indexIntervalBytes == 4096)
        #expect(throws: InvalidConfigurationError.self) { try LogConfig(properties: ["segment.ms": "soon"]) }
        #expect(throws: InvalidConfigurationError.self) { try LogConfig(properties: ["compression.type": "lzma"]) }
    }
}
