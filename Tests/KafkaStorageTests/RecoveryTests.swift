import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct RecoveryTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()
    var logDirectory: String { self.directory.path + "/recover-0" }
    let config: LogConfig

    init() throws {
        self.config = try LogConfig(properties: ["segment.bytes": "8192", "index.interval.bytes": "512"])
    }

    func open(clean: Bool = false, recoveryPoint: Int64 = 0) throws -> PartitionLog {
        try PartitionLog.open(
            directory: self.logDirectory, topicPartition: TopicPartition(topic: "recover", partition: 0),
            config: self.config, recoveryPoint: recoveryPoint, hadCleanShutdown: clean, clock: self.clock.storageClock)
    }

    /// 50 batches of 4 records; returns the log, closed.
    func writeLog() throws -> [RecordBatch] {
        let log = try self.open()
        for index in 0..<50 {
            _ = try log.appendAsLeader(
                try makeBatch(count: 4, valueSize: 120, timestamp: self.clock.now + Int64(index), tag: index),
                leaderEpoch: 1)
        }
        let all = try readAll(log)
        try log.flush()
        try log.close()
        return all
    }

    /// Byte position and segment file of the batch with base offset `offset`.
    func locate(_ offset: Int64) throws -> (file: String, position: Int) {
        let log = try self.open(clean: true)
        defer { try? log.close() }
        return try log.locked {
            let segment = try #require(log.segments.last { $0.baseOffset <= offset })
            let header = try #require(try segment.translateOffset(offset))
            return (segment.log.path, header.position)
        }
    }

    func flipByte(in file: String, at position: Int) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: file))
        try handle.seek(toOffset: UInt64(position))
        let byte = try handle.read(upToCount: 1)?.first ?? 0
        try handle.seek(toOffset: UInt64(position))
        try handle.write(contentsOf: Data([byte ^ 0x5A]))
        try handle.close()
    }

    @Test func aCleanReopenKeepsEverythingWithoutRecovery() throws {
        let written = try self.writeLog()
        let log = try self.open(clean: true)
        #expect(log.logEndOffset == 200 && log.recoveryPoint == 200)
        #expect(try readAll(log).map(\.buffer) == written.map(\.buffer))
        #expect(try indexesAgreeWithLog(log))
    }

    @Test func aFlippedByteInTheMiddleTruncatesTheLogAtThatBatch() throws {
        let written = try self.writeLog()
        let target = try self.locate(100)
        try self.flipByte(in: target.file, at: target.position + 80)
        let log = try self.open()
        #expect(log.logEndOffset == 100)
        let kept = try readAll(log)
        #expect(kept.map(\.buffer) == Array(written.prefix(25)).map(\.buffer))
        #expect(log.segmentBaseOffsets.allSatisfy { $0 <= 100 })
        #expect(try indexesAgreeWithLog(log))
        // The log goes on from there.
        #expect(
            try log.appendAsLeader(try makeBatch(count: 1, timestamp: self.clock.now), leaderEpoch: 2).firstOffset
                == 100)
        #expect(log.leaderEpochs == [EpochEntry(epoch: 1, startOffset: 0), EpochEntry(epoch: 2, startOffset: 100)])
    }

    @Test func aBaseOffsetDamagedOutsideTheChecksumStillStopsRecovery() throws {
        let written = try self.writeLog()
        let target = try self.locate(60)
        // The most significant byte: the offset leaves the segment's 32-bit relative range.
        try self.flipByte(in: target.file, at: target.position)
        let log = try self.open()
        #expect(log.logEndOffset == 60)
        #expect(try readAll(log).count == 15 && written.count == 50)
    }

    @Test func aTornTailIsCutAtTheLastWholeBatch() throws {
        _ = try self.writeLog()
        let log = try self.open(clean: true)
        let path = try log.locked { log.activeSegment.log.path }
        try log.close()
        let size = fileBytes(path).count
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size - 30))
        try handle.close()
        let reopened = try self.open()
        #expect(reopened.logEndOffset == 196)
        #expect(try indexesAgreeWithLog(reopened))
        #expect(fileBytes(path).count < size - 30)
    }

    @Test func garbageAfterTheLastBatchIsRemoved() throws {
        _ = try self.writeLog()
        let log = try self.open(clean: true)
        let path = try log.locked { log.activeSegment.log.path }
        try log.close()
        let size = fileBytes(path).count
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0, count: 100))
        try handle.close()
        let reopened = try self.open()
        #expect(reopened.logEndOffset == 200)
        #expect(fileBytes(path).count == size)
    }

    @Test func segmentsBeforeTheRecoveryPointAreTrusted() throws {
        _ = try self.writeLog()
        let target = try self.locate(8)
        try self.flipByte(in: target.file, at: target.position + 80)
        let log = try self.open(recoveryPoint: 150)
        // Only segments from the one holding offset 150 were checked.
        #expect(log.logEndOffset == 200)
    }

    @Test func leftoverDeletedAndCleanedFilesGoAndSwapFilesReplaceTheirSegments() throws {
        _ = try self.writeLog()
        let bases = try self.open(clean: true).segmentBaseOffsets
        #expect(bases.count >= 3)
        let dir = self.logDirectory
        let first = LogFileName.formatOffset(bases[0])
        let second = LogFileName.formatOffset(bases[1])
        // A finished compaction of the first two segments into one, not yet swapped in.
        try FileManager.default.copyItem(atPath: dir + "/\(first).log", toPath: dir + "/\(first).log.swap")
        let secondBytes = fileBytes(dir + "/\(second).log")
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: dir + "/\(first).log.swap"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(secondBytes))
        try handle.close()
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/\(second).log.deleted"))
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/00000000000000099999.log.cleaned"))
        let log = try self.open()
        #expect(log.segmentBaseOffsets == [bases[0]] + bases.dropFirst(2))
        #expect(log.logEndOffset == 200)
        #expect(
            !self.directory.files("recover-0").contains {
                $0.hasSuffix(".swap") || $0.hasSuffix(".deleted") || $0.hasSuffix(".cleaned")
            })
        #expect(try readAll(log).count == 50)
        #expect(try indexesAgreeWithLog(log))
    }

    @Test func producerStateSurvivesReopenFromSnapshotsAndFromTheLog() throws {
        let log = try self.open()
        for sequence in 0..<10 {
            _ = try log.appendAsLeader(
                try makeBatch(
                    count: 2, timestamp: self.clock.now, producerId: 7, producerEpoch: 3,
                    baseSequence: Int32(sequence * 2)),
                leaderEpoch: 0)
            if sequence == 4 { try log.roll() }
        }
        try log.close()
        #expect(self.directory.files("recover-0").filter { $0.hasSuffix(".snapshot") }.count == 2)
        let clean = try self.open(clean: true)
        #expect(clean.producerStates[7]?.lastSequence == 19 && clean.producerStates[7]?.producerEpoch == 3)
        try clean.close()
        for name in self.directory.files("recover-0") where name.hasSuffix(".snapshot") {
            try FileManager.default.removeItem(atPath: self.logDirectory + "/" + name)
        }
        let rebuilt = try self.open()
        #expect(rebuilt.producerStates[7]?.lastSequence == 19)
        let retry = try makeBatch(
            count: 2, timestamp: self.clock.now, producerId: 7, producerEpoch: 3, baseSequence: 18)
        #expect(try rebuilt.appendAsLeader(retry, leaderEpoch: 0).isDuplicate)
    }
}
