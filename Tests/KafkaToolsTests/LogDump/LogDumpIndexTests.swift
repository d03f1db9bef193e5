import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaTools

/// `.index`, `.timeindex`, `.snapshot`, `.txnindex` and `.checkpoint` dumps.
@Suite struct LogDumpIndexTests {
    /// A segment of three one-record batches at offsets 0, 1, 2 and timestamps 100, 200, 300;
    /// returns the batch positions.
    static func writeSegment(_ fixture: LogDumpFixture) throws -> [Int] {
        var positions: [Int] = []
        var segment = ByteBuffer()
        for offset in 0..<3 {
            positions.append(segment.readableBytes)
            segment.writeImmutableBuffer(
                try LogDumpFixture.batch(
                    baseOffset: Int64(offset), timestamp: Int64(offset + 1) * 100, records: [("k", "v")]))
        }
        try fixture.write("00000000000000000000.log", segment)
        return positions
    }

    static func index(_ entries: [(Int32, Int32)], zeroTail: Int = 0) -> ByteBuffer {
        var buffer = ByteBuffer()
        for (offset, position) in entries {
            OffsetIndexEntry(relativeOffset: offset, position: position).write(to: &buffer)
        }
        buffer.writeRepeatingByte(0, count: zeroTail * OffsetIndexEntry.size)
        return buffer
    }

    @Test func indexEntriesPrintUntilTheZeroTail() throws {
        let fixture = try LogDumpFixture()
        let positions = try Self.writeSegment(fixture)
        let path = try fixture.write(
            "00000000000000000000.index", Self.index([(0, 0), (2, Int32(positions[2]))], zeroTail: 3))
        let result = fixture.dump(["00000000000000000000.index"])
        #expect(result.code == 0)
        #expect(result.stdout == ["Dumping \(path)", "offset: 0 position: 0", "offset: 2 position: \(positions[2])"])
        #expect(result.stderr == [])
    }

    @Test func indexEntriesThatMissTheirBatchAreMismatchesOnStderr() throws {
        let fixture = try LogDumpFixture()
        let positions = try Self.writeSegment(fixture)
        let path = try fixture.write(
            "00000000000000000000.index", Self.index([(1, Int32(positions[2])), (2, Int32(positions[1]))]))
        let result = fixture.dump(["00000000000000000000.index"], ["--verify-index-only"])
        #expect(result.code == 0)
        #expect(result.stdout == ["Dumping \(path)"])
        #expect(
            result.stderr == [
                "Mismatches in :\(path)", "  Index offset: 2, log offset: 1", "  Index offset: 1, log offset: 2",
            ])
    }

    @Test func anEmptyIndexSaysSo() throws {
        let fixture = try LogDumpFixture()
        _ = try Self.writeSegment(fixture)
        let path = try fixture.write("00000000000000000000.index", ByteBuffer())
        #expect(fixture.dump(["00000000000000000000.index"]).stdout == ["Dumping \(path)", "\(path) is empty."])
    }

    @Test func theSanityCheckPassesOrFailsWithKafkasMessage() throws {
        let fixture = try LogDumpFixture()
        _ = try Self.writeSegment(fixture)
        let path = try fixture.write("00000000000000000000.index", Self.index([(0, 0), (1, 10)]))
        #expect(
            fixture.dump(["00000000000000000000.index"], ["--index-sanity-check"]).stdout
                == ["Dumping \(path)", "\(path) passed sanity check."])
        var torn = Self.index([(0, 0)])
        torn.writeBytes([1, 2, 3])
        try fixture.write("00000000000000000000.index", torn)
        let result = fixture.dump(["00000000000000000000.index"], ["--index-sanity-check"])
        #expect(result.code == 1)
        #expect(
            result.stderr == [
                "Index file \(path) is corrupt, found 11 bytes which is neither positive nor a multiple of 8."
            ])
    }

    @Test func timeIndexEntriesAreCheckedAgainstTheLog() throws {
        let fixture = try LogDumpFixture()
        let positions = try Self.writeSegment(fixture)
        try fixture.write("00000000000000000000.index", Self.index([(1, Int32(positions[1]))]))
        var timeIndex = ByteBuffer()
        TimeIndexEntry(timestamp: 100, relativeOffset: 0).write(to: &timeIndex)
        TimeIndexEntry(timestamp: 250, relativeOffset: 1).write(to: &timeIndex)
        TimeIndexEntry(timestamp: 240, relativeOffset: 2).write(to: &timeIndex)
        TimeIndexEntry(timestamp: 400, relativeOffset: 7).write(to: &timeIndex)
        timeIndex.writeRepeatingByte(0, count: 24)
        let path = try fixture.write("00000000000000000000.timeindex", timeIndex)
        let result = fixture.dump(["00000000000000000000.timeindex"])
        #expect(result.code == 0)
        #expect(
            result.stdout == [
                "Dumping \(path)", "timestamp: 100 offset: 0", "timestamp: 250 offset: 1", "timestamp: 240 offset: 2",
                "timestamp: 400 offset: 7",
            ])
        #expect(
            result.stderr == [
                "Found timestamp mismatch in :\(path)", "  Index timestamp: 250, log timestamp: 200",
                "  Index timestamp: 240, log timestamp: 300",
                "Found out of order timestamp in :\(path)", "  Index timestamp: 240, Previously indexed timestamp: 250",
                "The following indexed offsets are not found in the log.", "Indexed offset: 7, found log offset: -1",
            ])
    }

    @Test func aTimeIndexSanityCheckPasses() throws {
        let fixture = try LogDumpFixture()
        _ = try Self.writeSegment(fixture)
        var timeIndex = ByteBuffer()
        TimeIndexEntry(timestamp: 100, relativeOffset: 0).write(to: &timeIndex)
        let path = try fixture.write("00000000000000000000.timeindex", timeIndex)
        #expect(
            fixture.dump(["00000000000000000000.timeindex"], ["--index-sanity-check"]).stdout
                == ["Dumping \(path)", "\(path) passed sanity check."])
    }

    @Test func producerSnapshotsPrintOneLinePerProducer() throws {
        let fixture = try LogDumpFixture()
        let snapshot = ProducerSnapshotFile(entries: [
            ProducerSnapshotEntry(
                producerId: 1000, producerEpoch: 2, lastSequence: 9, lastOffset: 42, offsetDelta: 4,
                timestamp: 1_700_000_000_000, coordinatorEpoch: 5, currentTxnFirstOffset: 38),
            ProducerSnapshotEntry(
                producerId: 1001, producerEpoch: 0, lastSequence: -1, lastOffset: -1, offsetDelta: 0,
                timestamp: 1_700_000_000_001, coordinatorEpoch: -1, currentTxnFirstOffset: nil),
        ])
        let path = try fixture.write("00000000000000000043.snapshot", snapshot.bytes())
        let result = fixture.dump(["00000000000000000043.snapshot"])
        #expect(result.code == 0)
        #expect(
            result.stdout == [
                "Dumping \(path)",
                "producerId: 1000 producerEpoch: 2 coordinatorEpoch: 5 currentTxnFirstOffset: OptionalLong[38] "
                    + "lastTimestamp: 1700000000000 firstSequence: 5 lastSequence: 9 lastOffset: 42 offsetDelta: 4 "
                    + "timestamp: 1700000000000",
                "producerId: 1001 producerEpoch: 0 coordinatorEpoch: -1 currentTxnFirstOffset: OptionalLong.empty "
                    + "lastTimestamp: 1700000000001 ",
            ])
    }

    @Test func aCorruptSnapshotIsReportedAndTheDumpGoesOn() throws {
        let fixture = try LogDumpFixture()
        var bytes = ProducerSnapshotFile(entries: []).bytes()
        bytes.setInteger(Int16(7), at: 0)
        try fixture.write("00000000000000000000.snapshot", bytes)
        let result = fixture.dump(["00000000000000000000.snapshot"])
        #expect(result.code == 0)
        #expect(result.stderr == ["Snapshot contained an unknown file version 7"])
    }

    @Test func abortedTransactionsPrintOneLineEach() throws {
        let fixture = try LogDumpFixture()
        var bytes = ByteBuffer()
        AbortedTransaction(producerId: 7, firstOffset: 10, lastOffset: 20, lastStableOffset: 15).write(to: &bytes)
        let path = try fixture.write("00000000000000000000.txnindex", bytes)
        #expect(
            fixture.dump(["00000000000000000000.txnindex"]).stdout == [
                "Dumping \(path)", "version: 0 producerId: 7 firstOffset: 10 lastOffset: 20 lastStableOffset: 15",
            ])
    }

    @Test func snapshotCheckpointsPrintTheirIdAndKRaftControlRecords() throws {
        let fixture = try LogDumpFixture()
        var header = SnapshotHeaderRecord()
        header.version = 0
        header.lastContainedLogTimestamp = 1_700_000_000_000
        var builder = RecordBatchBuilder(baseOffset: 0, partitionLeaderEpoch: 3, isControlBatch: true)
        try builder.append(
            timestamp: 1_700_000_000_000, key: ControlRecordType.snapshotHeader.encodeKey(),
            value: try header.encoded(version: 0))
        let path = try fixture.write("00000000000000000042-0000000003.checkpoint", try builder.build())
        let result = fixture.dump(["00000000000000000042-0000000003.checkpoint"], ["--deep-iteration"])
        #expect(result.code == 0)
        #expect(result.stdout[0] == "Dumping \(path)")
        #expect(result.stdout[1] == "Snapshot end offset: 42, epoch: 3")
        #expect(
            result.stdout[3].hasSuffix(
                "headerKeys: [] SnapshotHeader {\"version\":0,\"lastContainedLogTimestamp\":1700000000000}"))
        let bootstrap = try fixture.write("bootstrap.checkpoint", try builder.build())
        #expect(fixture.run(["--files", bootstrap]).stdout[1] == "KRaft bootstrap snapshot")
    }

    @Test func otherControlRecordsPrintTheirTypeNameAndId() throws {
        let fixture = try LogDumpFixture()
        var builder = RecordBatchBuilder(baseOffset: 0, partitionLeaderEpoch: 0, isControlBatch: true)
        try builder.append(timestamp: 5, key: ControlRecordType.leaderChange.encodeKey(), value: ByteBuffer())
        try builder.append(timestamp: 5, key: ControlRecordType(rawValue: 9).encodeKey(), value: nil)
        try fixture.write("00000000000000000000.log", try builder.build())
        let result = fixture.dump(["00000000000000000000.log"], ["--deep-iteration"])
        #expect(result.stdout[3].hasSuffix(" headerKeys: [] controlType: LEADER_CHANGE(2)"))
        #expect(result.stdout[4].hasSuffix(" headerKeys: [] controlType: UNKNOWN(9)"))
    }
}
