import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaTools

/// Magic 0 and 1 segments, as a broker upgraded from before 0.11 still has them.
@Suite struct LogDumpLegacyTests {
    static let segment = "00000000000000000000.log"

    @Test func aMagicOneSegmentPrintsEntryLinesAndRecordLinesWithKafkasStrayBrace() throws {
        let fixture = try LogDumpFixture()
        var builder = LegacyMessageSetBuilder(magic: 1)
        builder.append(
            offset: 0, timestamp: 1_600_000_000_000, key: LogDumpFixture.bytes("foo"),
            value: LogDumpFixture.bytes("hello"))
        builder.append(offset: 1, timestamp: 1_600_000_000_001, key: nil, value: LogDumpFixture.bytes("bye"))
        let bytes = try builder.build()
        try fixture.write(Self.segment, bytes)
        let firstSize = 12 + Int(bytes.getInteger(at: 8, as: Int32.self)!)
        let crc0 = LogDumpFixture.storedCRC(bytes, at: 0, magic: 1)
        let crc1 = LogDumpFixture.storedCRC(bytes, at: firstSize, magic: 1)
        let result = fixture.dump([Self.segment], ["--print-data-log"])
        #expect(result.code == 0)
        #expect(
            Array(result.stdout.dropFirst(2)) == [
                "offset: 0 position: 0 CreateTime: 1600000000000 size: \(firstSize) magic: 1 compresscodec: none "
                    + "crc: \(crc0) isvalid: true",
                "| offset: 0 CreateTime: 1600000000000 keySize: 3 valueSize: 5 isValid: true crc: \(crc0)} "
                    + "key: foo payload: hello",
                "offset: 1 position: \(firstSize) CreateTime: 1600000000001 size: \(bytes.readableBytes - firstSize) "
                    + "magic: 1 compresscodec: none crc: \(crc1) isvalid: true",
                "| offset: 1 CreateTime: 1600000000001 keySize: -1 valueSize: 3 isValid: true crc: \(crc1)} "
                    + "payload: bye",
            ])
    }

    @Test func aCompressedMagicOneWrapperIsOneBatchLineWithItsInnerRecords() throws {
        let fixture = try LogDumpFixture()
        var builder = LegacyMessageSetBuilder(magic: 1, compression: .gzip)
        builder.append(offset: 10, timestamp: 1_600_000_000_000, key: nil, value: LogDumpFixture.bytes("a"))
        builder.append(offset: 11, timestamp: 1_600_000_000_005, key: nil, value: LogDumpFixture.bytes("b"))
        let bytes = try builder.build()
        try fixture.write("00000000000000000010.log", bytes)
        let result = fixture.dump(["00000000000000000010.log"], ["--print-data-log"])
        #expect(result.code == 0)
        #expect(result.stdout.count == 5)
        #expect(
            result.stdout[2]
                == "offset: 11 position: 0 CreateTime: 1600000000005 size: \(bytes.readableBytes) magic: 1 "
                + "compresscodec: gzip crc: \(LogDumpFixture.storedCRC(bytes, at: 0, magic: 1)) isvalid: true")
        #expect(
            result.stdout[3].hasPrefix(
                "| offset: 10 CreateTime: 1600000000000 keySize: -1 valueSize: 1 isValid: true crc: "))
        #expect(result.stdout[3].hasSuffix("} payload: a"))
        #expect(result.stdout[4].hasPrefix("| offset: 11 CreateTime: 1600000000005 "))
    }

    @Test func magicZeroHasNoTimestamps() throws {
        let fixture = try LogDumpFixture()
        var builder = LegacyMessageSetBuilder(magic: 0)
        builder.append(offset: 0, key: nil, value: LogDumpFixture.bytes("old"))
        let bytes = try builder.build()
        try fixture.write(Self.segment, bytes)
        let result = fixture.dump([Self.segment], ["--deep-iteration"])
        #expect(
            result.stdout[2].hasPrefix(
                "offset: 0 position: 0 NoTimestampType: -1 size: \(bytes.readableBytes) magic: 0 "))
        #expect(
            result.stdout[3].hasPrefix("| offset: 0 NoTimestampType: -1 keySize: -1 valueSize: 3 isValid: true crc: "))
    }

    @Test func legacyAndMagicTwoBatchesMixInOneSegment() throws {
        let fixture = try LogDumpFixture()
        var builder = LegacyMessageSetBuilder(magic: 1)
        builder.append(offset: 0, timestamp: 1, key: nil, value: LogDumpFixture.bytes("v1"))
        let legacy = try builder.build()
        let modern = try LogDumpFixture.batch(baseOffset: 1, records: [("k", "v2")])
        try fixture.write(Self.segment, LogDumpFixture.join([legacy, modern]))
        let result = fixture.dump([Self.segment], ["--deep-iteration"])
        #expect(result.code == 0)
        #expect(result.stdout[2].hasPrefix("offset: 0 position: 0 "))
        #expect(result.stdout[4].hasPrefix("baseOffset: 1 lastOffset: 1 count: 1 "))
        #expect(result.stderr == [])
    }
}
