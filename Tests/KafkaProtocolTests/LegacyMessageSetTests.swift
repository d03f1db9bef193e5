import KafkaProtocol
import NIOCore
import Testing

/// Fixtures written with a small independent Python encoder following Kafka's LegacyRecord.java
/// layout, CRC-32 from Python's `zlib.crc32`, gzip from `gzip.compress(inner, mtime=0)`, LZ4 from
/// the `lz4.frame` module (block_linked=False, store_size=False, as Kafka's KafkaLZ4BlockOutputStream
/// writes), with the magic-0 frame's HC byte recomputed over magic number + descriptor as Kafka
/// 0.8/0.9 did (KAFKA-3160).
enum LegacyFixtures {
    /// magic 0: (0, "key", "value"), (1, null, "v2")
    static let magic0Plain = hexBytes(
        """
        0000000000000000000000162356c1370000000000036b65790000000576616c7565000000000000000100000010d596
        0a780000ffffffff000000027632
        """)
    /// magic 1: (5, CreateTime 1000, null, "a"), (6, LogAppendTime 2000, "b", null)
    static let magic1Plain = hexBytes(
        """
        0000000000000005000000178a65e96d010000000000000003e8ffffffff00000001610000000000000006000000179a
        84aa9a010800000000000007d00000000162ffffffff
        """)
    /// The inner set of the magic-1 wrappers: relative offsets 0, 1, 2; timestamps 100, 300, 200;
    /// keys "a", null, "c"; values "1", "2", null.
    static let magic1GzipInner = hexBytes(
        """
        000000000000000000000018a7a5a3410100000000000000006400000001610000000131000000000000000100000017
        513ffe390100000000000000012cffffffff0000000132000000000000000200000017adf7f9b9010000000000000000
        c80000000163ffffffff
        """)
    /// magic 1 gzip wrapper at offset 12, CreateTime 300, holding `magic1GzipInner`.
    static let magic1Gzip = hexBytes(
        """
        000000000000000c0000006063034ee20101000000000000012cffffffff0000004a1f8b080000000000020363608003
        89e54b173b32c2782940cc9808220ca1222029f140fb7f9630358c3aff8100c430828a308194acfdfe7327dc981320e9
        64903a004d895e796a000000
        """)
    /// The same wrapper with LogAppendTime 9999.
    static let magic1GzipLogAppend = hexBytes(
        """
        000000000000000c000000608ed413790109000000000000270fffffffff0000004a1f8b080000000000020363608003
        89e54b173b32c2782940cc9808220ca1222029f140fb7f9630358c3aff8100c430828a308194acfdfe7327dc981320e9
        64903a004d895e796a000000
        """)
    /// magic 0 gzip wrapper at offset 21 holding absolute offsets (20, "x", "first"), (21, null, "second").
    static let magic0Gzip = hexBytes(
        """
        00000000000000150000004ef0aaf1d10001ffffffff000000401f8b08000000000002036360000311103e637a13c263
        ac0012ac699945c5251001065190fcb24f1e731918fe030190c7569c9a9c9f9702006227365c40000000
        """)
    /// The same inner set as `magic0Gzip`, LZ4 with Kafka's broken header checksum 0x1a (correct: 0x82).
    static let magic0Lz4KafkaBroken = hexBytes(
        """
        00000000000000150000005537275f400003ffffffff0000004704224d1860401a3800000012000100821400000014cc
        35d90e00b2017800000005666972737411002000152000f005a6f2489d0000ffffffff000000067365636f6e64000000
        00
        """)
    /// magic 1 LZ4 wrapper at offset 12, CreateTime 300, holding `magic1GzipInner` (correct checksum).
    static let magic1Lz4 = hexBytes(
        """
        000000000000000c00000075508bc1c10103000000000000012cffffffff0000005f04224d1860408250000000160001
        006418a7a5a34101100060640000000161050013311300001b005017513ffe39090000020060012cffffffff23001032
        0f00c40000000200000017adf7f9b92300b000c80000000163ffffffff00000000
        """)
    /// LZ4 frames of "hello hello hello": without content size (HC 0x82 at byte 6) and with it
    /// (HC 0xe8 at byte 14).
    static let lz4FrameSmall = hexBytes("04224d186040821100008068656c6c6f2068656c6c6f2068656c6c6f00000000")
    static let lz4FrameWithSize = hexBytes(
        "04224d1868401100000000000000e81100008068656c6c6f2068656c6c6f2068656c6c6f00000000")
}

@Suite struct LegacyMessageSetTests {
    static func entries(_ buffer: ByteBuffer) throws -> [LegacyRecordBatch] {
        var iterator = MemoryRecords(buffer).batches()
        var entries: [LegacyRecordBatch] = []
        while let batch = try iterator.next() {
            guard case .legacy(let entry) = batch else {
                Issue.record("expected a legacy entry")
                return entries
            }
            entries.append(entry)
        }
        #expect(iterator.remainingBytes == 0)
        return entries
    }

    static func records(_ entry: LegacyRecordBatch) throws -> [LegacyRecord] {
        var iterator = try entry.records()
        var records: [LegacyRecord] = []
        while let record = try iterator.next() {
            records.append(record)
        }
        return records
    }

    /// The deep records of a compressed fixture.
    static func deepRecords(_ entry: LegacyRecordBatch) throws -> [LegacyRecord] {
        try Self.records(entry)
    }

    // MARK: Uncompressed

    @Test("magic 0 messages decode with no timestamp, and the builder writes the same bytes")
    func magic0Plain() throws {
        let entries = try Self.entries(LegacyFixtures.magic0Plain)
        #expect(entries.count == 2)
        for entry in entries {
            try entry.validate(deep: true)
            #expect(entry.magic == 0 && !entry.isCompressed && entry.compression == CompressionCodec.none)
            #expect(entry.timestamp == -1 && entry.timestampType == .noTimestampType)
            #expect(entry.crc == entry.computeChecksum())
        }
        #expect(entries.map(\.offset) == [0, 1])
        #expect(entries.map { string($0.key) } == ["key", nil])
        #expect(entries.map { string($0.value) } == ["value", "v2"])
        let records = try entries.flatMap { try Self.records($0) }
        #expect(records.map(\.offset) == [0, 1])
        #expect(records.map(\.timestamp) == [-1, -1])

        var builder = LegacyMessageSetBuilder(magic: 0)
        builder.append(offset: 0, key: bytes("key"), value: bytes("value"))
        builder.append(offset: 1, key: nil, value: bytes("v2"))
        #expect(Array(buffer: try builder.build()) == Array(buffer: LegacyFixtures.magic0Plain))
    }

    @Test("magic 1 messages decode with timestamps and types, and writeMessage writes the same bytes")
    func magic1Plain() throws {
        let entries = try Self.entries(LegacyFixtures.magic1Plain)
        #expect(entries.count == 2)
        for entry in entries {
            try entry.validate(deep: true)
        }
        #expect(entries.map(\.offset) == [5, 6])
        #expect(entries.map(\.timestamp) == [1_000, 2_000])
        #expect(entries.map(\.timestampType) == [.createTime, .logAppendTime])
        #expect(entries.map { string($0.key) } == [nil, "b"])
        #expect(entries.map { string($0.value) } == ["a", nil])

        var written = ByteBuffer()
        LegacyMessageSetBuilder.writeMessage(
            offset: 5, magic: 1, attributes: 0, timestamp: 1_000, key: nil, value: bytes("a"), into: &written)
        LegacyMessageSetBuilder.writeMessage(
            offset: 6, magic: 1, attributes: 8, timestamp: 2_000, key: bytes("b"), value: nil, into: &written)
        #expect(Array(buffer: written) == Array(buffer: LegacyFixtures.magic1Plain))

        var builder = LegacyMessageSetBuilder(magic: 1)
        builder.append(offset: 0, timestamp: 100, key: bytes("a"), value: bytes("1"))
        builder.append(offset: 1, timestamp: 300, key: nil, value: bytes("2"))
        builder.append(offset: 2, timestamp: 200, key: bytes("c"), value: nil)
        #expect(Array(buffer: try builder.build()) == Array(buffer: LegacyFixtures.magic1GzipInner))
    }

    @Test("a flipped bit anywhere the CRC-32 covers fails validation; the offset is not covered")
    func crc32Failures() throws {
        let original = try Self.entries(LegacyFixtures.magic1Plain)[0].buffer
        for index in 16..<original.readableBytes {
            var corrupt = original
            corrupt.setInteger((corrupt.getInteger(at: index, as: UInt8.self) ?? 0) ^ 0x01, at: index)
            guard let entry = try? LegacyRecordBatch(corrupt) else { continue }  // framing broke first
            let error = #expect(throws: ProtocolDecodingError.self, "byte \(index)") { try entry.validate() }
            #expect(error?.kind == "checksumMismatch", "byte \(index)")
        }
        var stored = original
        stored.setInteger(UInt32(0), at: 12)
        #expect(throws: ProtocolDecodingError.self) { try LegacyRecordBatch(stored).validate() }
        var offset = original
        offset.setInteger(Int64(77), at: 0)
        try LegacyRecordBatch(offset).validate(deep: true)
    }

    /// (description, byte index, new Int32 or Int8 value, expected error kind) on the magic-0 "key"/"value" message.
    static let framingErrors: [(String, Int, Int64, String)] = [
        ("size larger than the entry", 8, 23, "invalidLength"),
        ("size smaller than the entry", 8, 21, "invalidLength"),
        ("magic 2", 16, 2, "invalidValue"),
        ("magic -1", 16, -1, "invalidValue"),
        ("key length past the end", 18, 100, "truncated"),
        ("key length -2", 18, -2, "invalidLength"),
        ("key shorter than written, leaving bytes", 18, 0, "truncated"),
    ]

    @Test("malformed legacy framing is rejected", arguments: framingErrors)
    func framing(description: String, index: Int, value: Int64, kind: String) throws {
        var corrupt = try Self.entries(LegacyFixtures.magic0Plain)[0].buffer
        if index == 16 {
            corrupt.setInteger(Int8(value), at: index)
        } else {
            corrupt.setInteger(Int32(value), at: index)
        }
        let error = #expect(throws: ProtocolDecodingError.self, "\(description)") { try LegacyRecordBatch(corrupt) }
        #expect(error?.kind == kind, "\(description): \(String(describing: error))")
    }

    @Test("bytes after the value are rejected")
    func trailingBytes() throws {
        var entry = ByteBuffer()
        LegacyMessageSetBuilder.writeMessage(
            offset: 0, magic: 0, attributes: 0, timestamp: -1, key: nil, value: nil, into: &entry)
        entry.writeInteger(UInt8(0))
        entry.setInteger(Int32(entry.readableBytes - 12), at: 8)
        let error = #expect(throws: ProtocolDecodingError.self) { try LegacyRecordBatch(entry) }
        #expect(error?.kind == "invalidValue")
    }

    @Test("a magic-1 entry shorter than the magic-1 minimum is rejected")
    func magic1TooShort() throws {
        var entry = ByteBuffer()
        LegacyMessageSetBuilder.writeMessage(
            offset: 0, magic: 0, attributes: 0, timestamp: -1, key: nil, value: nil, into: &entry)
        entry.setInteger(Int8(1), at: 16)
        let error = #expect(throws: ProtocolDecodingError.self) { try LegacyRecordBatch(entry) }
        #expect(error?.kind == "invalidLength")
    }

    @Test("every truncation of a legacy entry is rejected by the view")
    func truncatedAtEveryLength() throws {
        let entry = try Self.entries(LegacyFixtures.magic0Plain)[0].buffer
        for length in 0..<entry.readableBytes {
            let truncated = entry.getSlice(at: 0, length: length) ?? ByteBuffer()
            #expect(throws: ProtocolDecodingError.self, "length \(length)") { try LegacyRecordBatch(truncated) }
        }
    }

    // MARK: Compressed wrappers

    @Test("a magic-1 gzip wrapper yields inner messages at absolute offsets with their own timestamps")
    func magic1GzipWrapper() throws {
        let entries = try Self.entries(LegacyFixtures.magic1Gzip)
        #expect(entries.count == 1)
        let wrapper = entries[0]
        try wrapper.validate()
        #expect(wrapper.isCompressed && wrapper.compression == .gzip)
        #expect(wrapper.offset == 12 && wrapper.timestamp == 300 && wrapper.key == nil)
        let records = try Self.deepRecords(wrapper)
        try wrapper.validate(deep: true)
        #expect(records.map(\.offset) == [10, 11, 12])
        #expect(records.map(\.timestamp) == [100, 300, 200])
        #expect(records.map(\.timestampType) == [.createTime, .createTime, .createTime])
        #expect(records.map { string($0.key) } == ["a", nil, "c"])
        #expect(records.map { string($0.value) } == ["1", "2", nil])
    }

    @Test("inner messages of a LogAppendTime wrapper take the wrapper's timestamp")
    func magic1GzipLogAppendTime() throws {
        let wrapper = try Self.entries(LegacyFixtures.magic1GzipLogAppend)[0]
        try wrapper.validate()
        #expect(wrapper.timestampType == .logAppendTime && wrapper.timestamp == 9_999)
        let records = try Self.deepRecords(wrapper)
        #expect(records.map(\.timestamp) == [9_999, 9_999, 9_999])
        #expect(records.map(\.timestampType) == [.logAppendTime, .logAppendTime, .logAppendTime])
        #expect(records.map(\.offset) == [10, 11, 12])
    }

    @Test("a magic-0 gzip wrapper keeps its absolute inner offsets")
    func magic0GzipWrapper() throws {
        let wrapper = try Self.entries(LegacyFixtures.magic0Gzip)[0]
        try wrapper.validate()
        #expect(wrapper.offset == 21 && wrapper.timestampType == .noTimestampType)
        let records = try Self.deepRecords(wrapper)
        #expect(records.map(\.offset) == [20, 21])
        #expect(records.map(\.timestamp) == [-1, -1])
        #expect(records.map { string($0.value) } == ["first", "second"])
    }

    @Test("a magic-0 LZ4 wrapper with Kafka's broken header checksum decodes (KAFKA-3160)")
    func magic0Lz4BrokenChecksum() throws {
        let wrapper = try Self.entries(LegacyFixtures.magic0Lz4KafkaBroken)[0]
        try wrapper.validate()
        #expect(wrapper.compression == .lz4)
        let records = try Self.deepRecords(wrapper)
        #expect(records.map(\.offset) == [20, 21])
        #expect(records.map { string($0.value) } == ["first", "second"])
    }

    @Test("a magic-1 LZ4 wrapper decodes")
    func magic1Lz4() throws {
        let wrapper = try Self.entries(LegacyFixtures.magic1Lz4)[0]
        try wrapper.validate()
        let records = try Self.deepRecords(wrapper)
        #expect(records.map(\.offset) == [10, 11, 12])
        #expect(records.map(\.timestamp) == [100, 300, 200])
    }

    @Test("a wrapper with a null value, zstd or an undefined codec is rejected before decompressing")
    func invalidWrappers() throws {
        var nullValue = ByteBuffer()
        LegacyMessageSetBuilder.writeMessage(
            offset: 3, magic: 1, attributes: 1, timestamp: 0, key: nil, value: nil, into: &nullValue)
        let nullEntry = try LegacyRecordBatch(nullValue)
        try nullEntry.validate()
        #expect(throws: ProtocolDecodingError.self) { try nullEntry.records() }

        for attributes in [Int8(4), 5, 7] {
            var entry = ByteBuffer()
            LegacyMessageSetBuilder.writeMessage(
                offset: 3, magic: 1, attributes: attributes, timestamp: 0, key: nil, value: bytes("x"), into: &entry)
            let error = #expect(throws: ProtocolDecodingError.self) { try LegacyRecordBatch(entry).validate() }
            #expect(error?.kind == "invalidValue")
        }
    }

    /// A gzip wrapper around `inner` written at test time.
    static func gzipWrapper(magic: Int8, offset: Int64, inner: ByteBuffer) throws -> LegacyRecordBatch {
        let compressed = try CompressionCodec.gzip.compress(inner)
        var entry = ByteBuffer()
        LegacyMessageSetBuilder.writeMessage(
            offset: offset, magic: magic, attributes: 1, timestamp: 0, key: nil, value: compressed, into: &entry)
        return try LegacyRecordBatch(entry)
    }

    @Test("Kafka's wrapper rules: offsets, magic, nesting, emptiness and inner CRCs")
    func wrapperRules() throws {
        let inner = LegacyFixtures.magic1GzipInner
        // Wrapper offset 0, as some librdkafka versions wrote: relative offsets kept.
        let zero = try Self.gzipWrapper(magic: 1, offset: 0, inner: inner)
        #expect(try Self.records(zero).map(\.offset) == [0, 1, 2])
        // Wrapper offset below the last relative offset.
        let below = try Self.gzipWrapper(magic: 1, offset: 1, inner: inner)
        #expect(throws: ProtocolDecodingError.self) { try below.records() }
        // Magic-1 inner messages in a magic-0 wrapper.
        let mismatched = try Self.gzipWrapper(magic: 0, offset: 2, inner: inner)
        #expect(throws: ProtocolDecodingError.self) { try mismatched.records() }
        // No inner messages.
        let empty = try Self.gzipWrapper(magic: 1, offset: 5, inner: ByteBuffer())
        #expect(throws: ProtocolDecodingError.self) { try empty.records() }
        // A compressed inner message.
        var nested = ByteBuffer()
        LegacyMessageSetBuilder.writeMessage(
            offset: 0, magic: 1, attributes: 1, timestamp: 0, key: nil, value: bytes("x"), into: &nested)
        let nestedWrapper = try Self.gzipWrapper(magic: 1, offset: 5, inner: nested)
        #expect(throws: ProtocolDecodingError.self) { try nestedWrapper.records() }
        // A corrupt inner CRC.
        var corrupt = inner
        corrupt.setInteger(UInt8(0x7A), at: corrupt.writerIndex - 5)  // the last key byte (the value is null)
        let corruptWrapper = try Self.gzipWrapper(magic: 1, offset: 5, inner: corrupt)
        let error = #expect(throws: ProtocolDecodingError.self) { try corruptWrapper.validate(deep: true) }
        #expect(error?.kind == "checksumMismatch")
        // Trailing garbage in the inner set.
        var trailing = inner
        trailing.writeBytes([0, 0, 0])
        let trailingWrapper = try Self.gzipWrapper(magic: 1, offset: 5, inner: trailing)
        #expect(throws: ProtocolDecodingError.self) { try trailingWrapper.records() }
    }

    static let legacyCodecs: [CompressionCodec] = [.none, .gzip, .snappy, .lz4]

    @Test(
        "the legacy builder round-trips for magic 0 and 1 with every legacy codec", arguments: [Int8(0), 1],
        legacyCodecs)
    func builderRoundTrip(magic: Int8, codec: CompressionCodec) throws {
        var builder = LegacyMessageSetBuilder(magic: magic, compression: codec)
        let offsets: [Int64] = [100, 101, 105, 106]
        for (index, offset) in offsets.enumerated() {
            builder.append(
                offset: offset, timestamp: 1_000 + Int64(index), key: index == 1 ? nil : bytes("k\(index)"),
                value: bytes(String(repeating: "v\(index)", count: 20)))
        }
        let built = try builder.build()
        let entries = try Self.entries(built)
        #expect(entries.count == (codec == .none ? 4 : 1))
        let records = try entries.flatMap { entry in
            try entry.validate(deep: true)
            return try Self.records(entry)
        }
        #expect(records.map(\.offset) == offsets)
        #expect(records.map(\.timestamp) == (magic == 0 ? [-1, -1, -1, -1] : [1_000, 1_001, 1_002, 1_003]))
        #expect(records.map { string($0.key) } == ["k0", nil, "k2", "k3"])
        #expect(string(records[3].value) == String(repeating: "v3", count: 20))
    }

    // MARK: Mutation

    @Test("rewriting a magic-1 timestamp recomputes the CRC-32; magic 0 has none to rewrite")
    func setTimestamp() throws {
        var entry = try Self.entries(LegacyFixtures.magic1Plain)[0]
        try entry.setMaxTimestamp(5_555, timestampType: .logAppendTime)
        #expect(entry.timestamp == 5_555 && entry.timestampType == .logAppendTime)
        try entry.validate()
        entry.setOffset(99)
        #expect(entry.offset == 99)
        try entry.validate()
        var magic0 = try Self.entries(LegacyFixtures.magic0Plain)[0]
        #expect(throws: ProtocolDecodingError.self) { try magic0.setMaxTimestamp(1, timestampType: .createTime) }
    }

    // MARK: LZ4 frame header checksum

    @Test("a correct LZ4 header checksum is left alone, with or without content size")
    func lz4CorrectChecksumUnchanged() throws {
        for frame in [LegacyFixtures.lz4FrameSmall, LegacyFixtures.lz4FrameWithSize] {
            #expect(Array(buffer: try LegacyLZ4Frame.correctingHeaderChecksum(frame)) == Array(buffer: frame))
        }
    }

    @Test("Kafka's broken LZ4 header checksum is reproduced and corrected")
    func lz4BrokenChecksum() throws {
        let broken = try LegacyLZ4Frame.withKafkaLegacyHeaderChecksum(LegacyFixtures.lz4FrameSmall)
        #expect(broken.getInteger(at: 6, as: UInt8.self) == 0x1A)
        let corrected = try LegacyLZ4Frame.correctingHeaderChecksum(broken)
        #expect(Array(buffer: corrected) == Array(buffer: LegacyFixtures.lz4FrameSmall))

        var wrongSized = LegacyFixtures.lz4FrameWithSize
        wrongSized.setInteger(UInt8(0), at: 14)
        let fixed = try LegacyLZ4Frame.correctingHeaderChecksum(wrongSized)
        #expect(fixed.getInteger(at: 14, as: UInt8.self) == 0xE8)

        // The frame inside the magic-0 fixture carries the broken byte Kafka wrote.
        let wrapper = try Self.entries(LegacyFixtures.magic0Lz4KafkaBroken)[0]
        let frame = wrapper.value ?? ByteBuffer()
        #expect(frame.getInteger(at: frame.readerIndex + 6, as: UInt8.self) == 0x1A)
        let repaired = try LegacyLZ4Frame.correctingHeaderChecksum(frame)
        #expect(repaired.getInteger(at: repaired.readerIndex + 6, as: UInt8.self) == 0x82)
    }

    @Test("something that is not an LZ4 frame header is rejected")
    func lz4NotAFrame() {
        var badMagic = LegacyFixtures.lz4FrameSmall
        badMagic.setInteger(UInt8(0), at: 0)
        #expect(throws: ProtocolDecodingError.self) { try LegacyLZ4Frame.correctingHeaderChecksum(badMagic) }
        var badVersion = LegacyFixtures.lz4FrameSmall
        badVersion.setInteger(UInt8(0xA0), at: 4)
        #expect(throws: ProtocolDecodingError.self) { try LegacyLZ4Frame.correctingHeaderChecksum(badVersion) }
        let short = LegacyFixtures.lz4FrameWithSize.getSlice(at: 0, length: 12) ?? ByteBuffer()
        #expect(throws: ProtocolDecodingError.self) { try LegacyLZ4Frame.correctingHeaderChecksum(short) }
    }
}
