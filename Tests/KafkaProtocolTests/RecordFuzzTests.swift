import KafkaProtocol
import NIOCore
import Testing

/// Feeds random and mutated record buffers through every decoding path: batch framing, shallow and
/// deep validation, record and header iteration, legacy wrappers. Each input must either decode or
/// fail with a `ProtocolDecodingError` (or a codec's `CompressionError`); a trap fails the whole run.
@Suite struct RecordFuzzTests {
    static let iterations = 50_000
    static let interestingInt32: [Int32] = [-1, 0, 1, 13, 14, 21, 22, 48, 49, 60, 61, 127, 128, .max, .min, -2]
    static let interestingBytes: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0x02]

    /// Valid inputs to mutate: random small batches, the fixtures, and concatenations of them.
    static func seeds(using generator: inout SeededGenerator) throws -> [ByteBuffer] {
        var seeds: [ByteBuffer] = [
            RecordBatchTests.golden, LegacyFixtures.magic0Plain, LegacyFixtures.magic1Plain, LegacyFixtures.magic1Gzip,
            LegacyFixtures.magic0Lz4KafkaBroken,
            try EndTransactionMarker(type: .commit, coordinatorEpoch: 4).encodeBatch(
                baseOffset: 9, timestamp: 1, partitionLeaderEpoch: 0, producerId: 1, producerEpoch: 0),
        ]
        for _ in 0..<30 {
            var random = try RandomBatch.make(using: &generator)
            // Keep inputs small so 50,000 of them stay fast in debug builds.
            random.builder = RecordBatchBuilder(baseOffset: random.builder.baseOffset)
            for (index, record) in random.records.prefix(4).enumerated() {
                try random.builder.append(
                    offsetDelta: Int32(index), timestamp: record.timestamp,
                    key: record.key.map { ByteBuffer(bytes: $0.prefix(8)) },
                    value: record.value.map { ByteBuffer(bytes: $0.prefix(24)) },
                    headers: Array(record.headers.prefix(2)))
            }
            seeds.append(try random.builder.build())
        }
        for _ in 0..<10 {
            var joined = ByteBuffer()
            for _ in 0..<3 {
                var part = seeds[Int.random(in: 0..<seeds.count, using: &generator)]
                joined.writeBuffer(&part)
            }
            seeds.append(joined)
        }
        return seeds
    }

    static func mutate(_ seed: ByteBuffer, using generator: inout SeededGenerator) -> ByteBuffer {
        var bytes = Array(buffer: seed)
        let rounds = Int.random(in: 1...3, using: &generator)
        for _ in 0..<rounds {
            switch Int.random(in: 0..<8, using: &generator) {
            case 0 where !bytes.isEmpty:  // bit flip
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] ^= 1 << UInt8.random(in: 0...7, using: &generator)
            case 1:  // truncation
                bytes.removeLast(Int.random(in: 0...bytes.count, using: &generator))
            case 2 where bytes.count >= 4:  // a length, count or delta field overwritten
                let known = [8, 57, 23, 12 + 49, 18, 22].filter { $0 + 4 <= bytes.count }
                let index =
                    Bool.random(using: &generator) && !known.isEmpty
                    ? known[Int.random(in: 0..<known.count, using: &generator)]
                    : Int.random(in: 0...(bytes.count - 4), using: &generator)
                let value = Self.interestingInt32[Int.random(in: 0..<Self.interestingInt32.count, using: &generator)]
                for shift in 0..<4 {
                    bytes[index + shift] = UInt8(truncatingIfNeeded: value >> (24 - 8 * shift))
                }
            case 3 where !bytes.isEmpty:  // one byte set to an interesting value (varint edges)
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = Self.interestingBytes[Int.random(in: 0..<Self.interestingBytes.count, using: &generator)]
            case 4 where bytes.count > 61:  // a run of continuation bytes in the records
                let index = Int.random(in: 61..<bytes.count, using: &generator)
                for position in index..<min(bytes.count, index + Int.random(in: 1...12, using: &generator)) {
                    bytes[position] = 0xFF
                }
            case 5:  // a byte inserted or removed
                let index = Int.random(in: 0...bytes.count, using: &generator)
                if Bool.random(using: &generator) || index == bytes.count {
                    bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
                } else {
                    bytes.remove(at: index)
                }
            case 6:  // random bytes appended
                bytes += (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
            default:  // several random bytes
                for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
            }
        }
        var buffer = ByteBuffer(bytes: bytes)
        // Half the time repair the first batch's CRC so the mutation reaches the record decoder.
        if Bool.random(using: &generator) {
            try? RecordBatch.updateChecksum(in: &buffer, batchAt: buffer.readerIndex)
        }
        return buffer
    }

    struct Outcome {
        var validBatches = 0
        var errors = 0
        var unexpectedErrors: [String] = []

        mutating func record(_ error: any Error) {
            self.errors += 1
            if !(error is ProtocolDecodingError) && !(error is CompressionError) && self.unexpectedErrors.count < 5 {
                self.unexpectedErrors.append(String(describing: error))
            }
        }
    }

    /// Runs every decoding path over `input`, returning what happened.
    static func exercise(_ input: ByteBuffer, into outcome: inout Outcome) {
        let limit = 1 << 16
        var iterator = MemoryRecords(input).batches(maxBatchSize: 1 << 20)
        var framed = true
        while true {
            let batch: AnyRecordBatch?
            do {
                batch = try iterator.next()
            } catch {
                outcome.record(error)
                framed = false
                // A failed read leaves the iterator where it was.
                let position = iterator.validBytes
                if (try? iterator.next()) != nil || iterator.validBytes != position {
                    outcome.unexpectedErrors.append("iterator moved after an error")
                }
                break
            }
            guard let batch else { break }
            do {
                try batch.validate(deep: true, maxDecompressedBytes: limit)
                outcome.validBatches += 1
                continue
            } catch {
                outcome.record(error)
            }
            // Validation stopped early (often at the CRC): iterate anyway, so that corrupt
            // records reach the record decoder.
            switch batch {
            case .magic2(let recordBatch):
                Self.drain(recordBatch, limit: limit, into: &outcome)
            case .legacy(let entry):
                do {
                    var records = try entry.records(maxDecompressedBytes: limit)
                    while try records.next() != nil {}
                } catch {
                    outcome.record(error)
                }
            }
        }
        // The views directly on the whole input, when framing did not already cover it.
        if !framed || iterator.remainingBytes > 0 {
            if let batch = try? RecordBatch(input) {
                Self.drain(batch, limit: limit, into: &outcome)
            }
            if let entry = try? LegacyRecordBatch(input) {
                _ = try? entry.validate(deep: true, maxDecompressedBytes: limit)
            }
        }
    }

    static func drain(_ batch: RecordBatch, limit: Int, into outcome: inout Outcome) {
        do {
            var records = try batch.records(maxDecompressedBytes: limit)
            while let record = try records.next() {
                for header in record.headers {
                    _ = header.key.utf8.count
                }
            }
        } catch {
            outcome.record(error)
        }
    }

    @Test("50,000 random and mutated record buffers decode or fail cleanly, never trap")
    func fuzz() throws {
        var generator = SeededGenerator(seed: 0xF022_2024)
        let seeds = try Self.seeds(using: &generator)
        var outcome = Outcome()
        for iteration in 0..<Self.iterations {
            let input: ByteBuffer
            if iteration % 10 == 0 {
                // Pure noise, sometimes with a plausible header in front.
                var noise = (0..<Int.random(in: 0...120, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
                if noise.count > 17 && Bool.random(using: &generator) {
                    noise[8] = 0
                    noise[9] = 0
                    noise[16] = UInt8.random(in: 0...2, using: &generator)
                }
                input = ByteBuffer(bytes: noise)
            } else {
                input = Self.mutate(seeds[iteration % seeds.count], using: &generator)
            }
            Self.exercise(input, into: &outcome)
        }
        #expect(outcome.unexpectedErrors.isEmpty, "\(outcome.unexpectedErrors)")
        // Both paths were exercised: some mutated inputs still decode, most do not.
        #expect(outcome.validBatches > 1_000)
        #expect(outcome.errors > 10_000)
    }

    @Test("the unmutated seeds all decode")
    func seedsAreValid() throws {
        var generator = SeededGenerator(seed: 0xF022_2024)
        for seed in try Self.seeds(using: &generator) {
            var iterator = MemoryRecords(seed).batches()
            while let batch = try iterator.next() {
                try batch.validate(deep: true)
            }
            #expect(iterator.remainingBytes == 0)
        }
    }
}
