import KafkaProtocol
import NIOCore
import Testing

@Suite struct RecordBatchTests {
    static let baseTimestamp: Int64 = 1_700_000_000_000

    /// One uncompressed batch written by hand from Kafka's format documentation
    /// (https://kafka.apache.org/documentation/#recordbatch). The CRC-32C was checked once with
    /// Python's `crc32c` module over bytes 21..<95: `crc32c.crc32c(batch[21:]) == 0x4C40DA29`, and
    /// kafka-python's DefaultRecordBatchBuilder writes the same bytes from the CRC on for these
    /// records (its base offset and leader epoch are 0); its DefaultRecordBatch decodes these bytes.
    static let golden = hexBytes(
        """
        0000000000000064 00000053 00000005 02 4c40da29
        0000 00000001 0000018bcfe56800 0000018bcfe56805
        ffffffffffffffff ffff ffffffff 00000002
        1c 00 00 00 04 6b31 04 7631 02 02 68 02 78
        24 00 0a 02 01 0a 68656c6c6f 04 02 61 01 04 6263 00
        """)
    // Record 0: length 14, attributes 0, timestampDelta 0, offsetDelta 0, key "k1", value "v1",
    //           1 header: "h" = "x".
    // Record 1: length 18, attributes 0, timestampDelta 5, offsetDelta 1, key null, value "hello",
    //           2 headers: "a" = null, "bc" = "" (empty, not null).

    static func goldenBuilder() throws -> RecordBatchBuilder {
        var builder = RecordBatchBuilder(baseOffset: 100, partitionLeaderEpoch: 5)
        try builder.append(
            timestamp: Self.baseTimestamp, key: bytes("k1"), value: bytes("v1"),
            headers: [RecordHeader(key: "h", value: bytes("x"))])
        try builder.append(
            timestamp: Self.baseTimestamp + 5, key: nil, value: bytes("hello"),
            headers: [RecordHeader(key: "a", value: nil), RecordHeader(key: "bc", value: ByteBuffer())])
        return builder
    }

    @Test("the golden batch's header fields read as written")
    func goldenHeader() throws {
        #expect(Self.golden.readableBytes == 95)
        let batch = try RecordBatch(Self.golden)
        #expect(batch.baseOffset == 100)
        #expect(batch.batchLength == 83)
        #expect(batch.partitionLeaderEpoch == 5)
        #expect(batch.magic == 2)
        #expect(batch.crc == 0x4C40_DA29)
        #expect(batch.computeChecksum() == 0x4C40_DA29)
        #expect(batch.compression == CompressionCodec.none)
        #expect(batch.timestampType == .createTime)
        #expect(!batch.isTransactional && !batch.isControlBatch && !batch.hasDeleteHorizon)
        #expect(batch.deleteHorizonMs == nil)
        #expect(batch.lastOffsetDelta == 1)
        #expect(batch.lastOffset == 101)
        #expect(batch.nextOffset == 102)
        #expect(batch.baseTimestamp == Self.baseTimestamp)
        #expect(batch.maxTimestamp == Self.baseTimestamp + 5)
        #expect(batch.producerId == -1 && batch.producerEpoch == -1 && batch.baseSequence == -1)
        #expect(batch.lastSequence == -1)
        #expect(batch.recordCount == 2)
        #expect(batch.sizeInBytes == 95)
        try batch.validate(deep: true)
    }

    @Test("the golden batch's records decode with null key, empty and null header values")
    func goldenRecords() throws {
        let records = try allRecords(try RecordBatch(Self.golden))
        #expect(records.count == 2)
        #expect(records[0].offset == 100 && records[1].offset == 101)
        #expect(records[0].offsetDelta == 0 && records[1].offsetDelta == 1)
        #expect(records[0].timestamp == Self.baseTimestamp && records[1].timestamp == Self.baseTimestamp + 5)
        #expect(records[1].timestampDelta == 5)
        #expect(string(records[0].key) == "k1" && records[1].key == nil)
        #expect(string(records[0].value) == "v1" && string(records[1].value) == "hello")
        #expect(Array(records[0].headers) == [RecordHeader(key: "h", value: bytes("x"))])
        #expect(
            Array(records[1].headers) == [
                RecordHeader(key: "a", value: nil), RecordHeader(key: "bc", value: ByteBuffer()),
            ])
        #expect(records[0].headers.count == 1 && records[1].headers.count == 2)
        #expect(records[0].sizeInBytes == 15 && records[1].sizeInBytes == 19)
    }

    @Test("the builder writes the golden batch byte for byte")
    func builderMatchesGolden() throws {
        let built = try Self.goldenBuilder().build()
        #expect(Array(buffer: built) == Array(buffer: Self.golden))
    }

    @Test("records are slices of the batch buffer, not copies")
    func recordsAreSlices() throws {
        let batch = try RecordBatch(Self.golden)
        let records = try allRecords(batch)
        let batchBase = batch.buffer.withUnsafeReadableBytes { UInt(bitPattern: $0.baseAddress) }
        let valueBase = records[1].value?.withUnsafeReadableBytes { UInt(bitPattern: $0.baseAddress) } ?? 0
        #expect(valueBase >= batchBase && valueBase < batchBase + 95)
    }

    // MARK: Validation failures

    @Test("a flipped bit anywhere the CRC covers fails validation with a checksum mismatch")
    func badChecksum() throws {
        for index in 21..<Self.golden.readableBytes {
            var corrupt = Self.golden
            corrupt.setInteger((corrupt.getInteger(at: index, as: UInt8.self) ?? 0) ^ 0x10, at: index)
            let batch = try RecordBatch(corrupt)
            let error = #expect(throws: ProtocolDecodingError.self) { try batch.validate() }
            #expect(error?.kind == "checksumMismatch", "byte \(index)")
        }
    }

    @Test("a wrong stored CRC fails, and the fields outside the CRC do not matter")
    func storedChecksumAndUncoveredFields() throws {
        var wrongCRC = Self.golden
        wrongCRC.setInteger(UInt32(0x4C40_DA28), at: 17)
        #expect(throws: ProtocolDecodingError.self) { try RecordBatch(wrongCRC).validate() }

        var rewritten = Self.golden
        rewritten.setInteger(Int64(7), at: 0)
        rewritten.setInteger(Int32(99), at: 12)
        try RecordBatch(rewritten).validate(deep: true)
    }

    @Test("a magic other than 2 is rejected", arguments: [Int8(0), 1, 3, -1, 127])
    func badMagic(magic: Int8) {
        var corrupt = Self.golden
        corrupt.setInteger(magic, at: 16)
        let error = #expect(throws: ProtocolDecodingError.self) { try RecordBatch(corrupt) }
        #expect(error?.kind == "invalidValue")
    }

    @Test(
        "a batch length that disagrees with the buffer size is rejected", arguments: [Int32(-1), 0, 49, 82, 84, .max])
    func batchLengthMismatch(length: Int32) {
        var corrupt = Self.golden
        corrupt.setInteger(length, at: 8)
        let error = #expect(throws: ProtocolDecodingError.self) { try RecordBatch(corrupt) }
        #expect(error?.kind == "invalidLength")
    }

    @Test("every truncation of the golden batch is rejected by the view")
    func truncatedAtEveryLength() throws {
        for length in 0..<Self.golden.readableBytes {
            let truncated = Self.golden.getSlice(at: 0, length: length) ?? ByteBuffer()
            #expect(throws: ProtocolDecodingError.self, "length \(length)") { try RecordBatch(truncated) }
        }
    }

    @Test(
        "a record count that disagrees with the records is rejected by deep validation", arguments: [Int32(1), 3, 1000])
    func wrongCount(count: Int32) throws {
        var corrupt = Self.golden
        corrupt.setInteger(count, at: 57)
        try RecordBatch.updateChecksum(in: &corrupt, batchAt: 0)
        let batch = try RecordBatch(corrupt)
        try batch.validate()
        let error = #expect(throws: ProtocolDecodingError.self) { try batch.validate(deep: true) }
        #expect(error?.kind == "invalidValue")
    }

    @Test("a negative record count fails shallow validation")
    func negativeCount() throws {
        var corrupt = Self.golden
        corrupt.setInteger(Int32(-1), at: 57)
        try RecordBatch.updateChecksum(in: &corrupt, batchAt: 0)
        let batch = try RecordBatch(corrupt)
        let error = #expect(throws: ProtocolDecodingError.self) { try batch.validate() }
        #expect(error?.kind == "invalidValue")
        #expect(throws: ProtocolDecodingError.self) { try batch.records() }
    }

    @Test("an undefined compression id fails validation", arguments: [Int16(5), 6, 7])
    func unknownCodec(id: Int16) throws {
        let batch = try RecordBatch(rawBatch(records: [], count: 0, attributes: id))
        #expect(batch.compression == nil)
        let error = #expect(throws: ProtocolDecodingError.self) { try batch.validate() }
        #expect(error?.kind == "invalidValue")
    }

    /// Malformed single records: (description, records section bytes, expected error kind).
    static let malformedRecords: [(String, [UInt8], String)] = [
        ("record length varint of six bytes", [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], "varintTooLong"),
        (
            "timestampDelta varlong of eleven bytes",
            [0x1C, 0x00] + [UInt8](repeating: 0xFF, count: 10) + [0x01, 0, 0, 0], "varintTooLong"
        ),
        ("offsetDelta varint running off the record", [0x0C, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF], "truncated"),
        ("negative record length", [0x01], "invalidLength"),
        ("record length below the minimum body", [0x0A, 0, 0, 0, 0, 0], "invalidLength"),
        ("record length past the end of the batch", [0x40, 0, 0, 0, 1, 1, 0], "truncated"),
        ("key length past the end of the record", [0x0C, 0, 0, 0, 0x10, 0x61, 1], "truncated"),
        ("key length of -2", [0x0C, 0, 0, 0, 0x03, 1, 0], "invalidLength"),
        ("value length of -5", [0x0C, 0, 0, 0, 1, 0x09, 0], "invalidLength"),
        ("negative header count", [0x0C, 0, 0, 0, 1, 1, 0x01], "invalidLength"),
        ("header count beyond the bytes left", [0x0E, 0, 0, 0, 1, 1, 0x06, 0], "invalidLength"),
        ("null header key", [0x10, 0, 0, 0, 1, 1, 0x02, 0x01, 0x01], "invalidLength"),
        ("header value past the end", [0x10, 0, 0, 0, 1, 1, 0x02, 0x00, 0x08], "truncated"),
        ("bytes left after the last field", [0x0E, 0, 0, 0, 1, 1, 0, 0x55], "invalidValue"),
        ("negative offsetDelta", [0x0C, 0, 0, 0x01, 1, 1, 0], "invalidValue"),
        ("offsetDelta above lastOffsetDelta", [0x0C, 0, 0, 0x04, 1, 1, 0], "invalidValue"),
    ]

    @Test("malformed records fail deep validation with a precise error", arguments: malformedRecords)
    func malformedRecord(description: String, records: [UInt8], kind: String) throws {
        let batch = try RecordBatch(rawBatch(records: records, count: 1, lastOffsetDelta: 1))
        try batch.validate()
        let error = #expect(throws: ProtocolDecodingError.self, "\(description)") { try batch.validate(deep: true) }
        #expect(error?.kind == kind, "\(description): \(String(describing: error))")
    }

    @Test("offset deltas that do not rise are rejected")
    func offsetDeltasMustRise() throws {
        let record: [UInt8] = [0x0C, 0, 0, 0x02, 1, 1, 0]  // offsetDelta 1
        let batch = try RecordBatch(rawBatch(records: record + record, count: 2, lastOffsetDelta: 1))
        var iterator = try batch.records()
        #expect(try iterator.next()?.offsetDelta == 1)
        let error = #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
        #expect(error?.kind == "invalidValue")
    }

    @Test("a failed record read leaves the iterator in place, so it fails the same way again")
    func iteratorDoesNotMoveOnFailure() throws {
        let good: [UInt8] = [0x0C, 0, 0, 0, 1, 1, 0]
        let bad: [UInt8] = [0x0C, 0, 0, 0x02, 0x03, 1, 0]
        let batch = try RecordBatch(rawBatch(records: good + bad, count: 2, lastOffsetDelta: 1))
        var iterator = try batch.records()
        #expect(try iterator.next() != nil)
        #expect(iterator.remainingCount == 1)
        let first = #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
        let second = #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
        #expect(first == second)
        #expect(iterator.remainingCount == 1)
    }

    @Test("an empty batch with zero records validates and iterates to nothing")
    func emptyBatch() throws {
        let built = try RecordBatchBuilder(baseOffset: 7).build()
        let batch = try RecordBatch(built)
        #expect(batch.recordCount == 0 && batch.sizeInBytes == RecordBatch.headerSize)
        try batch.validate(deep: true)
        #expect(try allRecords(batch).isEmpty)
    }

    // MARK: Mutation

    @Test("setting the base offset and leader epoch keeps the CRC valid and moves record offsets")
    func setBaseOffsetAndEpoch() throws {
        var batch = try RecordBatch(Self.golden)
        batch.setBaseOffset(5_000)
        batch.setPartitionLeaderEpoch(42)
        #expect(batch.baseOffset == 5_000 && batch.partitionLeaderEpoch == 42)
        try batch.validate(deep: true)
        #expect(try allRecords(batch).map(\.offset) == [5_000, 5_001])
        batch.setLastOffset(9)
        #expect(batch.baseOffset == 8 && batch.lastOffset == 9)
        // The original buffer is untouched: the view copied on write.
        #expect(try RecordBatch(Self.golden).baseOffset == 100)
    }

    @Test("setting LogAppendTime rewrites max timestamp and attributes, updates the CRC, and every record reports it")
    func setLogAppendTime() throws {
        var batch = try RecordBatch(Self.golden)
        batch.setMaxTimestamp(1_800_000_000_000, timestampType: .logAppendTime)
        #expect(batch.timestampType == .logAppendTime)
        #expect(batch.maxTimestamp == 1_800_000_000_000)
        try batch.validate(deep: true)
        #expect(try allRecords(batch).map(\.timestamp) == [1_800_000_000_000, 1_800_000_000_000])
        // Back to create time: record timestamps are the deltas again.
        batch.setMaxTimestamp(Self.baseTimestamp + 5, timestampType: .createTime)
        try batch.validate()
        #expect(Array(buffer: batch.buffer) == Array(buffer: Self.golden))
    }

    @Test("setting the same max timestamp and type leaves the bytes alone")
    func setMaxTimestampUnchanged() throws {
        var batch = try RecordBatch(Self.golden)
        batch.setMaxTimestamp(Self.baseTimestamp + 5, timestampType: .createTime)
        #expect(Array(buffer: batch.buffer) == Array(buffer: Self.golden))
    }

    @Test("the in-place setters rewrite a batch inside a larger buffer")
    func inPlaceSetters() throws {
        var buffer = ByteBuffer(bytes: [0xAA, 0xBB])
        buffer.moveReaderIndex(forwardBy: 2)
        buffer.writeImmutableBuffer(Self.golden)
        buffer.writeImmutableBuffer(Self.golden)
        let second = buffer.readerIndex + 95
        try RecordBatch.setBaseOffset(1_000, in: &buffer, batchAt: second)
        try RecordBatch.setPartitionLeaderEpoch(3, in: &buffer, batchAt: second)
        try RecordBatch.setMaxTimestamp(77, timestampType: .logAppendTime, in: &buffer, batchAt: second)
        var batches = MemoryRecords(buffer).batches()
        guard case .magic2(let first) = try batches.next(), case .magic2(let rewritten) = try batches.next() else {
            Issue.record("expected two magic-2 batches")
            return
        }
        #expect(Array(buffer: first.buffer) == Array(buffer: Self.golden))
        #expect(rewritten.baseOffset == 1_000 && rewritten.partitionLeaderEpoch == 3)
        #expect(rewritten.maxTimestamp == 77 && rewritten.timestampType == .logAppendTime)
        try rewritten.validate(deep: true)
    }

    @Test("the in-place setters refuse positions that hold no whole batch")
    func inPlaceSettersCheckPosition() {
        var buffer = Self.golden
        #expect(throws: ProtocolDecodingError.self) { try RecordBatch.setBaseOffset(1, in: &buffer, batchAt: 1) }
        #expect(throws: ProtocolDecodingError.self) { try RecordBatch.setBaseOffset(1, in: &buffer, batchAt: 40) }
        #expect(throws: ProtocolDecodingError.self) { try RecordBatch.updateChecksum(in: &buffer, batchAt: -3) }
        var short = Self.golden.getSlice(at: 0, length: 80) ?? ByteBuffer()
        #expect(throws: ProtocolDecodingError.self) {
            try RecordBatch.setMaxTimestamp(1, timestampType: .logAppendTime, in: &short, batchAt: 0)
        }
        #expect(Array(buffer: buffer) == Array(buffer: Self.golden))
    }

    // MARK: Builder fields

    @Test("the builder writes producer, transaction, delete-horizon and LogAppendTime fields")
    func builderHeaderFields() throws {
        var builder = RecordBatchBuilder(
            baseOffset: 10, partitionLeaderEpoch: 2, producerId: 4_000, producerEpoch: 3, baseSequence: Int32.max - 1,
            isTransactional: true, timestampType: .logAppendTime, logAppendTime: 9_999, deleteHorizonMs: 500)
        try builder.append(timestamp: 600, key: nil, value: bytes("a"))
        try builder.append(offsetDelta: 3, timestamp: 550, key: nil, value: bytes("b"))
        let batch = try RecordBatch(try builder.build())
        try batch.validate(deep: true)
        #expect(batch.producerId == 4_000 && batch.producerEpoch == 3 && batch.baseSequence == Int32.max - 1)
        #expect(batch.lastSequence == 1)
        #expect(batch.isTransactional && !batch.isControlBatch)
        #expect(batch.hasDeleteHorizon && batch.deleteHorizonMs == 500 && batch.baseTimestamp == 500)
        #expect(batch.timestampType == .logAppendTime && batch.maxTimestamp == 9_999)
        #expect(batch.lastOffsetDelta == 3 && batch.lastOffset == 13)
        let records = try allRecords(batch)
        #expect(records.map(\.offset) == [10, 13])
        #expect(records.map(\.timestampDelta) == [100, 50])
        #expect(records.map(\.timestamp) == [9_999, 9_999])
    }

    @Test("compressed batches round-trip for every codec", arguments: CompressionCodec.allCases)
    func compressedRoundTrip(codec: CompressionCodec) throws {
        var builder = try Self.goldenBuilder()
        builder.compression = codec
        for index in 0..<50 {
            try builder.append(
                timestamp: Self.baseTimestamp + Int64(index), key: bytes("key-\(index % 5)"),
                value: bytes(String(repeating: "value \(index) ", count: 10)))
        }
        let built = try builder.build()
        let batch = try RecordBatch(built)
        #expect(batch.compression == codec)
        try batch.validate(deep: true)
        let records = try allRecords(batch)
        #expect(records.count == 52)
        #expect(string(records[1].value) == "hello")
        #expect(string(records[51].value) == String(repeating: "value 49 ", count: 10))
        #expect(Array(records[0].headers) == [RecordHeader(key: "h", value: bytes("x"))])
        if codec != .none {
            // The decompressed size bound applies.
            #expect(throws: (any Error).self) { try batch.validate(deep: true, maxDecompressedBytes: 100) }
        }
    }
}
