import KafkaProtocol
import NIOCore
import Testing

@Suite struct RecordBatchSequenceTests {
    static func threeBatches() throws -> ByteBuffer {
        var buffer = ByteBuffer()
        for base in [0, 2, 4] as [Int64] {
            var builder = RecordBatchBuilder(baseOffset: base)
            try builder.append(timestamp: 1, key: nil, value: bytes("value \(base)"))
            try builder.append(timestamp: 2, key: bytes("key"), value: nil)
            var batch = try builder.build()
            buffer.writeBuffer(&batch)
        }
        return buffer
    }

    static func drain(_ iterator: inout MemoryRecords.BatchIterator) throws -> [AnyRecordBatch] {
        var batches: [AnyRecordBatch] = []
        while let batch = try iterator.next() {
            batches.append(batch)
        }
        return batches
    }

    @Test("concatenated batches come back in order and validBytes covers them all")
    func concatenated() throws {
        let buffer = try Self.threeBatches()
        var iterator = MemoryRecords(buffer).batches()
        let batches = try Self.drain(&iterator)
        #expect(batches.map(\.lastOffset) == [1, 3, 5])
        #expect(batches.map(\.magic) == [2, 2, 2])
        #expect(iterator.validBytes == buffer.readableBytes && iterator.remainingBytes == 0)
        for batch in batches {
            try batch.validate(deep: true)
        }
    }

    @Test("a trailing partial batch ends the sequence without error at every cut")
    func partialTail() throws {
        let buffer = try Self.threeBatches()
        let batchSize = buffer.readableBytes / 3
        for cut in (2 * batchSize)..<buffer.readableBytes {
            let truncated = buffer.getSlice(at: 0, length: cut) ?? ByteBuffer()
            var iterator = MemoryRecords(truncated).batches()
            let batches = try Self.drain(&iterator)
            #expect(batches.count == 2, "cut at \(cut)")
            #expect(iterator.validBytes == 2 * batchSize)
            #expect(iterator.remainingBytes == cut - 2 * batchSize)
        }
    }

    @Test("an empty buffer holds no batches")
    func empty() throws {
        var iterator = MemoryRecords(ByteBuffer()).batches()
        #expect(try iterator.next()?.magic == nil)
    }

    @Test(
        "a size field below every format's minimum is an error, not a partial batch",
        arguments: [Int32(-1), .min, 0, 13])
    func sizeTooSmall(size: Int32) throws {
        var buffer = try Self.threeBatches()
        let second = buffer.readableBytes / 3
        buffer.setInteger(size, at: second + 8)
        var iterator = MemoryRecords(buffer).batches()
        #expect(try iterator.next()?.magic != nil)
        let error = #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
        #expect(error?.kind == "invalidLength")
        // The iterator stays before the bad batch and fails the same way again.
        #expect(iterator.validBytes == second)
        #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
    }

    @Test("a magic-2 size field below the 61-byte header is an error", arguments: [Int32(14), 22, 48])
    func magic2SizeTooSmall(size: Int32) throws {
        var buffer = try Self.threeBatches()
        buffer.setInteger(size, at: 8)
        var iterator = MemoryRecords(buffer).batches()
        let error = #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
        #expect(error?.kind == "invalidLength")
    }

    @Test("a size field above the maximum batch size is an error")
    func sizeAboveMaximum() throws {
        let buffer = try Self.threeBatches()
        var iterator = MemoryRecords(buffer).batches(maxBatchSize: 60)
        #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
        var large = MemoryRecords(buffer).batches(maxBatchSize: buffer.readableBytes)
        #expect(try Self.drain(&large).count == 3)
    }

    @Test("an unknown magic byte is an error", arguments: [Int8(3), 7, -1])
    func unknownMagic(magic: Int8) throws {
        var buffer = try Self.threeBatches()
        buffer.setInteger(magic, at: 16)
        var iterator = MemoryRecords(buffer).batches()
        let error = #expect(throws: ProtocolDecodingError.self) { try iterator.next() }
        #expect(error?.kind == "invalidValue")
        #expect(iterator.validBytes == 0)
    }

    @Test("a partial header too short to show the magic ends the sequence")
    func partialBeforeMagic() throws {
        var buffer = try Self.threeBatches()
        buffer.moveWriterIndex(to: buffer.readableBytes / 3 + 16)
        var iterator = MemoryRecords(buffer).batches()
        #expect(try Self.drain(&iterator).count == 1)
        #expect(iterator.remainingBytes == 16)
    }

    @Test("reading starts at the buffer's reader index")
    func startsAtReaderIndex() throws {
        var buffer = ByteBuffer(bytes: [1, 2, 3])
        buffer.moveReaderIndex(forwardBy: 3)
        var batches = try Self.threeBatches()
        buffer.writeBuffer(&batches)
        var iterator = MemoryRecords(buffer).batches()
        #expect(try Self.drain(&iterator).count == 3)
    }

    @Test("magic 0, 1 and 2 batches in one buffer are each dispatched to their format")
    func mixedMagic() throws {
        var buffer = ByteBuffer()
        var legacy0 = LegacyMessageSetBuilder(magic: 0)
        legacy0.append(offset: 0, key: nil, value: bytes("zero"))
        var legacy1 = LegacyMessageSetBuilder(magic: 1)
        legacy1.append(offset: 1, timestamp: 10, key: nil, value: bytes("one"))
        var builder = RecordBatchBuilder(baseOffset: 2)
        try builder.append(timestamp: 20, key: nil, value: bytes("two"))
        for var part in [try legacy0.build(), try legacy1.build(), try builder.build()] {
            buffer.writeBuffer(&part)
        }
        var iterator = MemoryRecords(buffer).batches()
        let batches = try Self.drain(&iterator)
        #expect(batches.map(\.magic) == [0, 1, 2])
        #expect(batches.map(\.lastOffset) == [0, 1, 2])
        #expect(batches.map(\.maxTimestamp) == [-1, 10, 20])
        for batch in batches {
            try batch.validate(deep: true)
        }
    }
}
