import KafkaProtocol
import NIOCore
import Testing

/// What a random record was built from, to compare against what decodes.
struct ExpectedRecord {
    var offsetDelta: Int32
    var timestamp: Int64
    var key: [UInt8]?
    var value: [UInt8]?
    var headers: [RecordHeader]
}

/// A random batch: builder plus the records it holds.
struct RandomBatch {
    var builder: RecordBatchBuilder
    var records: [ExpectedRecord]

    static let headerKeys = ["", "a", "trace-id", "ключ", "🔑", String(repeating: "k", count: 200)]

    static func make(using generator: inout SeededGenerator, codec: CompressionCodec = .none) throws -> RandomBatch {
        let timestampType: TimestampType = Bool.random(using: &generator) ? .createTime : .logAppendTime
        var builder = RecordBatchBuilder(
            baseOffset: Int64.random(in: 0...Int64.max / 2, using: &generator),
            partitionLeaderEpoch: Int32.random(in: -1...1000, using: &generator),
            producerId: Int64.random(in: -1...Int64.max, using: &generator),
            producerEpoch: Int16.random(in: -1...Int16.max, using: &generator),
            baseSequence: Int32.random(in: -1...Int32.max, using: &generator),
            isTransactional: Bool.random(using: &generator),
            timestampType: timestampType,
            logAppendTime: Int64.random(in: 0...2_000_000_000_000, using: &generator),
            compression: codec
        )
        var records: [ExpectedRecord] = []
        var offsetDelta: Int32 = -1
        let baseTimestamp = Int64.random(in: -1...2_000_000_000_000, using: &generator)
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            // Mostly consecutive, sometimes gaps as after compaction.
            offsetDelta +=
                Int32.random(in: 0...3, using: &generator) == 0 ? Int32.random(in: 2...1000, using: &generator) : 1
            let timestamp = baseTimestamp + Int64.random(in: -100_000...100_000, using: &generator)
            let key = Self.randomBytes(maximum: 40, using: &generator)
            let value = Self.randomBytes(maximum: 300, using: &generator)
            var headers: [RecordHeader] = []
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let headerKey = Self.headerKeys[Int.random(in: 0..<Self.headerKeys.count, using: &generator)]
                let headerValue = Self.randomBytes(maximum: 20, using: &generator)
                headers.append(RecordHeader(key: headerKey, value: headerValue.map { ByteBuffer(bytes: $0) }))
            }
            try builder.append(
                offsetDelta: offsetDelta, timestamp: timestamp, key: key.map { ByteBuffer(bytes: $0) },
                value: value.map { ByteBuffer(bytes: $0) }, headers: headers)
            records.append(
                ExpectedRecord(offsetDelta: offsetDelta, timestamp: timestamp, key: key, value: value, headers: headers)
            )
        }
        return RandomBatch(builder: builder, records: records)
    }

    static func randomBytes(maximum: Int, using generator: inout SeededGenerator) -> [UInt8]? {
        guard Int.random(in: 0..<5, using: &generator) != 0 else { return nil }
        return (0..<Int.random(in: 0...maximum, using: &generator)).map { _ in
            UInt8.random(in: 0...255, using: &generator)
        }
    }

    /// Checks that `batch` decodes to exactly this batch's fields and records.
    func check(_ batch: RecordBatch) throws {
        let builder = self.builder
        try batch.validate(deep: true)
        #expect(batch.baseOffset == builder.baseOffset)
        #expect(batch.partitionLeaderEpoch == builder.partitionLeaderEpoch)
        #expect(batch.producerId == builder.producerId)
        #expect(batch.producerEpoch == builder.producerEpoch)
        #expect(batch.baseSequence == builder.baseSequence)
        #expect(batch.isTransactional == builder.isTransactional)
        #expect(batch.timestampType == builder.timestampType)
        #expect(batch.compression == builder.compression)
        #expect(batch.recordCount == Int32(self.records.count))
        #expect(batch.lastOffsetDelta == (self.records.last?.offsetDelta ?? 0))
        if builder.timestampType == .logAppendTime {
            #expect(batch.maxTimestamp == builder.logAppendTime)
        } else {
            #expect(batch.maxTimestamp == (self.records.map(\.timestamp).max() ?? -1))
        }
        let decoded = try allRecords(batch)
        #expect(decoded.count == self.records.count)
        for (record, expected) in zip(decoded, self.records) {
            #expect(record.offsetDelta == expected.offsetDelta)
            #expect(record.offset == builder.baseOffset + Int64(expected.offsetDelta))
            let timestamp = builder.timestampType == .logAppendTime ? builder.logAppendTime : expected.timestamp
            #expect(record.timestamp == timestamp)
            #expect(record.key.map { Array(buffer: $0) } == expected.key)
            #expect(record.value.map { Array(buffer: $0) } == expected.value)
            #expect(Array(record.headers) == expected.headers)
        }
    }
}

@Suite struct RecordBatchRoundTripTests {
    @Test("random uncompressed batches round-trip through builder, view and iterator")
    func randomBatchesRoundTrip() throws {
        var generator = SeededGenerator(seed: 0x5EED_0001)
        for _ in 0..<1_000 {
            let random = try RandomBatch.make(using: &generator)
            try random.check(try RecordBatch(try random.builder.build()))
        }
    }

    @Test("random compressed batches round-trip for every codec", arguments: CompressionCodec.allCases)
    func randomCompressedBatchesRoundTrip(codec: CompressionCodec) throws {
        var generator = SeededGenerator(seed: 0x5EED_0002 &+ UInt64(codec.rawValue))
        for _ in 0..<200 {
            let random = try RandomBatch.make(using: &generator, codec: codec)
            let built = try random.builder.build()
            try random.check(try RecordBatch(built))
        }
    }

    @Test("random batches concatenated into one buffer come back in order with their positions")
    func concatenatedRandomBatches() throws {
        var generator = SeededGenerator(seed: 0x5EED_0003)
        for _ in 0..<50 {
            var buffer = ByteBuffer()
            var expected: [(RandomBatch, Int)] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let random = try RandomBatch.make(using: &generator)
                expected.append((random, buffer.writerIndex))
                var built = try random.builder.build()
                buffer.writeBuffer(&built)
            }
            var batches = MemoryRecords(buffer).batches()
            for (random, position) in expected {
                #expect(batches.validBytes == position)
                guard case .magic2(let batch) = try batches.next() else {
                    Issue.record("expected a magic-2 batch")
                    return
                }
                try random.check(batch)
            }
            #expect(try batches.next()?.magic == nil)
            #expect(batches.validBytes == buffer.readableBytes && batches.remainingBytes == 0)
        }
    }
}
