import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaTools

/// `.log` dumps, compared line by line with the layouts of ../shared/tools-spec/klog-dump.md.
@Suite struct LogDumpSegmentTests {
    static let segment = "00000000000000000000.log"

    /// One batch of three records: headers, a null key, a null value.
    static func threeRecords() throws -> ByteBuffer {
        try LogDumpFixture.batch(
            records: [("foo", "hello"), (nil, "world"), ("k", nil)],
            headers: [[RecordHeader(key: "h1", value: LogDumpFixture.bytes("a")), RecordHeader(key: "h2", value: nil)]])
    }

    static func batchLine(_ batch: ByteBuffer, position: Int = 0, tail: String = "") -> String {
        let crc = LogDumpFixture.storedCRC(batch, at: 0, magic: 2)
        return
            "baseOffset: 0 lastOffset: 2 count: 3 baseSequence: -1 lastSequence: -1 producerId: -1 producerEpoch: -1 "
            + "partitionLeaderEpoch: 0 isTransactional: false isControl: false deleteHorizonMs: OptionalLong.empty "
            + "position: \(position) CreateTime: 1700000000125 size: \(batch.readableBytes) magic: 2 "
            + "compresscodec: none crc: \(crc) isvalid: true"
    }

    @Test func aShallowDumpPrintsTheHeaderAndOneLinePerBatch() throws {
        let fixture = try LogDumpFixture()
        let batch = try Self.threeRecords()
        let path = try fixture.write(Self.segment, batch)
        let result = fixture.dump([Self.segment])
        #expect(result.code == 0)
        #expect(result.stdout == ["Dumping \(path)", "Log starting offset: 0", Self.batchLine(batch)])
        #expect(result.stderr == [])
    }

    @Test func deepIterationPrintsRecordMetadataAndPrintDataLogAddsKeysAndPayloads() throws {
        let fixture = try LogDumpFixture()
        let batch = try Self.threeRecords()
        try fixture.write(Self.segment, batch)
        let deep = fixture.dump([Self.segment], ["--deep-iteration"])
        #expect(
            Array(deep.stdout.dropFirst(3)) == [
                "| offset: 0 CreateTime: 1700000000123 keySize: 3 valueSize: 5 sequence: -1 headerKeys: [h1,h2]",
                "| offset: 1 CreateTime: 1700000000124 keySize: -1 valueSize: 5 sequence: -1 headerKeys: []",
                "| offset: 2 CreateTime: 1700000000125 keySize: 1 valueSize: -1 sequence: -1 headerKeys: []",
            ])
        let data = fixture.dump([Self.segment], ["--print-data-log"])
        #expect(
            Array(data.stdout.dropFirst(3)) == [
                "| offset: 0 CreateTime: 1700000000123 keySize: 3 valueSize: 5 sequence: -1 headerKeys: [h1,h2] "
                    + "key: foo payload: hello",
                "| offset: 1 CreateTime: 1700000000124 keySize: -1 valueSize: 5 sequence: -1 headerKeys: [] "
                    + "payload: world",
                "| offset: 2 CreateTime: 1700000000125 keySize: 1 valueSize: -1 sequence: -1 headerKeys: [] key: k",
            ])
    }

    @Test func skippingRecordMetadataKeepsKafkasQuirks() throws {
        let fixture = try LogDumpFixture()
        try fixture.write(Self.segment, try Self.threeRecords())
        let result = fixture.dump([Self.segment], ["--print-data-log", "--skip-record-metadata"])
        #expect(Array(result.stdout.dropFirst(3)) == ["| key: foo payload: hello", " payload: world", "| key: k"])
    }

    @Test func idempotentBatchesShowProducerAndSequences() throws {
        let fixture = try LogDumpFixture()
        let batch = try LogDumpFixture.batch(
            records: [("a", "1"), ("b", "2"), ("c", "3")], producerId: 7, producerEpoch: 1, baseSequence: 5)
        try fixture.write(Self.segment, batch)
        let result = fixture.dump([Self.segment], ["--deep-iteration"])
        #expect(
            result.stdout[2].hasPrefix(
                "baseOffset: 0 lastOffset: 2 count: 3 baseSequence: 5 lastSequence: 7 "
                    + "producerId: 7 producerEpoch: 1 partitionLeaderEpoch: 0 "))
        #expect(result.stdout[5].contains(" sequence: 7 headerKeys: []"))
    }

    @Test func positionsAccumulateAndTrailingBytesAreReportedWithTheFileName() throws {
        let fixture = try LogDumpFixture()
        let first = try Self.threeRecords()
        let second = try LogDumpFixture.batch(baseOffset: 3, records: [("x", "y")])
        let path = try fixture.write(
            Self.segment, LogDumpFixture.join([first, second, ByteBuffer(bytes: [0, 0, 0, 0, 0, 0, 0])]))
        let result = fixture.dump([Self.segment])
        #expect(result.stdout.count == 5)
        #expect(result.stdout[3].contains(" position: \(first.readableBytes) CreateTime: "))
        #expect(result.stdout[4] == "Found 7 invalid bytes at the end of \(Self.segment)")
        #expect(result.stdout[0] == "Dumping \(path)")
    }

    @Test func maxBytesStopsEarlyAndSilencesTheTrailingBytesReport() throws {
        let fixture = try LogDumpFixture()
        let first = try Self.threeRecords()
        let second = try LogDumpFixture.batch(baseOffset: 3, records: [("x", "y")])
        try fixture.write(Self.segment, LogDumpFixture.join([first, second]))
        let result = fixture.dump([Self.segment], ["--max-bytes", String(first.readableBytes + 10)])
        #expect(result.stdout.count == 3)
    }

    @Test func gapsBetweenRecordOffsetsAreReportedOnStderrNewestFirst() throws {
        let fixture = try LogDumpFixture()
        let batch = try LogDumpFixture.batch(records: [("a", "1"), ("b", "2"), ("c", "3")], offsetDeltas: [0, 2, 5])
        let path = try fixture.write(Self.segment, batch)
        let result = fixture.dump([Self.segment], ["--deep-iteration"])
        #expect(result.code == 0)
        #expect(
            result.stderr == ["Non-consecutive offsets in \(path)", "  2 is followed by 5", "  0 is followed by 2"])
    }

    @Test func aCompressedBatchNamesItsCodecAndIsIteratedDeeply() throws {
        let fixture = try LogDumpFixture()
        let batch = try LogDumpFixture.batch(records: [("k1", "v1"), ("k2", "v2")], compression: .gzip)
        try fixture.write(Self.segment, batch)
        let result = fixture.dump([Self.segment], ["--print-data-log"])
        #expect(result.stdout[2].contains(" magic: 2 compresscodec: gzip crc: "))
        #expect(result.stdout[2].hasSuffix(" isvalid: true"))
        #expect(result.stdout[3].hasSuffix("headerKeys: [] key: k1 payload: v1"))
        #expect(result.stdout[4].hasSuffix("headerKeys: [] key: k2 payload: v2"))
    }

    @Test func aCorruptedBatchPrintsIsvalidFalse() throws {
        let fixture = try LogDumpFixture()
        var batch = try Self.threeRecords()
        let last = batch.writerIndex - 1
        batch.setInteger(batch.getInteger(at: last, as: UInt8.self)! ^ 0x01, at: last)
        try fixture.write(Self.segment, batch)
        let result = fixture.dump([Self.segment])
        #expect(result.stdout[2].hasSuffix(" isvalid: false"))
    }

    @Test func aControlBatchShowsTheMarkerAndNoData() throws {
        let fixture = try LogDumpFixture()
        let data = try LogDumpFixture.batch(records: [("k", "v")], producerId: 4, producerEpoch: 0, baseSequence: 0)
        let marker = try EndTransactionMarker(type: .commit, coordinatorEpoch: 0).encodeBatch(
            baseOffset: 1, timestamp: 1_700_000_000_200, partitionLeaderEpoch: 0, producerId: 4, producerEpoch: 0)
        try fixture.write(Self.segment, LogDumpFixture.join([data, marker]))
        let result = fixture.dump([Self.segment], ["--print-data-log"])
        #expect(result.stdout[4].contains(" isTransactional: true isControl: true "))
        #expect(
            result.stdout[5]
                == "| offset: 1 CreateTime: 1700000000200 keySize: 4 valueSize: 6 sequence: -1 headerKeys: [] "
                + "endTxnMarker: COMMIT coordinatorEpoch: 0")
        let skipped = fixture.dump([Self.segment], ["--print-data-log", "--skip-record-metadata"])
        #expect(skipped.stdout[5] == "")
    }

    @Test func integerAndLongDecodersReadBigEndianNumbers() throws {
        let fixture = try LogDumpFixture()
        var key = ByteBuffer()
        key.writeInteger(Int32(-7))
        var value = ByteBuffer()
        value.writeInteger(Int64(1) << 40)
        try fixture.write(Self.segment, try LogDumpFixture.rawBatch(records: [(key, value)]))
        let result = fixture.dump(
            [Self.segment],
            [
                "--key-decoder-class", "org.apache.kafka.tools.api.IntegerDecoder", "--value-decoder-class",
                "kafka.serializer.LongDecoder", "--skip-record-metadata",
            ])
        #expect(result.code == 0)
        #expect(
            result.stdout == [
                "Dumping \(fixture.directory)/\(Self.segment)", "Log starting offset: 0",
                "kafka.serializer.LongDecoder is deprecated. Please use org.apache.kafka.tools.api.LongDecoder instead",
                result.stdout[3], "| key: -7 payload: 1099511627776",
            ])
    }

    @Test func anIntegerDecoderGivenTooFewBytesStopsWithTheOffset() throws {
        let fixture = try LogDumpFixture()
        try fixture.write(Self.segment, try LogDumpFixture.rawBatch(records: [(ByteBuffer(bytes: [1, 2]), nil)]))
        let result = fixture.dump([Self.segment], ["--key-decoder-class=org.apache.kafka.tools.api.IntegerDecoder"])
        #expect(result.code == 1)
        #expect(result.stderr.count == 1)
        #expect(result.stderr[0].hasPrefix("IntegerDecoder cannot decode the key at offset 0: 2 bytes, needs 4"))
        #expect(result.stderr[0].contains("position 0"))
    }

    @Test func anUnknownDecoderClassIsRefused() throws {
        let fixture = try LogDumpFixture()
        try fixture.write(Self.segment, try Self.threeRecords())
        let result = fixture.dump([Self.segment], ["--value-decoder-class", "com.example.MyDecoder"])
        #expect(result.code == 1)
        #expect(result.stderr[0].hasPrefix("Decoder class com.example.MyDecoder is not available"))
    }

    @Test func aSizeBelowTheMinimumIsReportedWithFileAndPosition() throws {
        let fixture = try LogDumpFixture()
        let good = try Self.threeRecords()
        var bad = ByteBuffer()
        bad.writeInteger(Int64(3))
        bad.writeInteger(Int32(5))
        bad.writeRepeatingByte(0, count: 20)
        let path = try fixture.write(Self.segment, LogDumpFixture.join([good, bad]))
        let result = fixture.dump([Self.segment])
        #expect(result.code == 1)
        #expect(result.stdout.count == 3)
        #expect(
            result.stderr == [
                "Found record size 5 smaller than minimum record overhead (14) in file \(path) at position "
                    + "\(good.readableBytes)."
            ])
    }

    @Test func recordsThatDoNotDecodeAreReportedWithThePositionOfTheirBatch() throws {
        let fixture = try LogDumpFixture()
        let good = try Self.threeRecords()
        var bad = try Self.threeRecords()
        bad.setInteger(Int64(3), at: 0)
        bad.setInteger(Int32(99), at: 57)  // record count: more records than bytes
        let path = try fixture.write(Self.segment, LogDumpFixture.join([good, bad]))
        let result = fixture.dump([Self.segment], ["--deep-iteration"])
        #expect(result.code == 1)
        #expect(result.stderr.count == 1)
        #expect(result.stderr[0].hasPrefix("Corrupt record batch in \(path) at position \(good.readableBytes): "))
    }

    @Test func aMissingFileIsOneLineAndExitOne() throws {
        let fixture = try LogDumpFixture()
        let result = fixture.dump(["00000000000000000042.log"])
        #expect(result.code == 1)
        #expect(
            result.stderr == ["Cannot open \(fixture.directory)/00000000000000000042.log: No such file or directory"])
    }

    @Test func theBaseOffsetComesFromTheFileName() throws {
        let fixture = try LogDumpFixture()
        try fixture.write("00000000000000000123.log", try LogDumpFixture.batch(baseOffset: 123, records: [("a", "b")]))
        #expect(fixture.dump(["00000000000000000123.log"]).stdout[1] == "Log starting offset: 123")
    }

    @Test func jsonModePrintsOneObjectPerLine() throws {
        let fixture = try LogDumpFixture()
        let batch = try Self.threeRecords()
        let path = try fixture.write(Self.segment, batch)
        let result = fixture.dump([Self.segment], ["--print-data-log", "--json"])
        #expect(result.stdout[0] == "{\"type\":\"file\",\"path\":\"\(path)\"}")
        #expect(result.stdout[1] == "{\"type\":\"segment\",\"baseOffset\":0}")
        #expect(result.stdout[2].hasPrefix("{\"type\":\"batch\",\"baseOffset\":0,\"lastOffset\":2,\"count\":3,"))
        #expect(
            result.stdout[3]
                == "{\"type\":\"record\",\"offset\":0,\"timestampType\":\"CreateTime\",\"timestamp\":1700000000123,"
                + "\"keySize\":3,\"valueSize\":5,\"sequence\":-1,\"headerKeys\":[\"h1\",\"h2\"],\"key\":\"foo\","
                + "\"payload\":\"hello\"}")
        #expect(result.stdout.count == 6)
    }
}
