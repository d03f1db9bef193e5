import KafkaProtocol
import NIOCore
import Testing

// Shared helpers for the record tests (a Tests file so it sits with them; it holds one sanity test).

extension ProtocolDecodingError {
    /// The case name, so tests can check which kind of error was thrown.
    var kind: String {
        switch self {
        case .truncated: return "truncated"
        case .invalidLength: return "invalidLength"
        case .varintTooLong: return "varintTooLong"
        case .invalidValue: return "invalidValue"
        case .checksumMismatch: return "checksumMismatch"
        case .unsupportedVersion: return "unsupportedVersion"
        }
    }
}

/// Bytes from a hex string (whitespace ignored); test fixtures only.
func hexBytes(_ hex: String) -> ByteBuffer {
    let digits = Array(hex.utf8.filter { !$0.isWhitespace })
    var buffer = ByteBuffer()
    var index = 0
    while index + 1 < digits.count {
        let text = String(decoding: digits[index...(index + 1)], as: UTF8.self)
        buffer.writeInteger(UInt8(text, radix: 16) ?? 0)
        index += 2
    }
    return buffer
}

func bytes(_ string: String) -> ByteBuffer {
    ByteBuffer(string: string)
}

extension UInt8 {
    fileprivate var isWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D }
}

/// A magic-2 batch with a hand-written records section and a correct CRC, for malformed records.
func rawBatch(records: [UInt8], count: Int32, lastOffsetDelta: Int32 = 0, attributes: Int16 = 0) -> ByteBuffer {
    var batch = ByteBuffer()
    batch.writeInteger(Int64(0))
    batch.writeInteger(Int32(RecordBatch.headerSize - RecordBatch.logOverhead + records.count))
    batch.writeInteger(Int32(0))
    batch.writeInteger(Int8(2))
    batch.writeInteger(UInt32(0))
    batch.writeInteger(attributes)
    batch.writeInteger(lastOffsetDelta)
    batch.writeInteger(Int64(1000))
    batch.writeInteger(Int64(1000))
    batch.writeInteger(Int64(-1))
    batch.writeInteger(Int16(-1))
    batch.writeInteger(Int32(-1))
    batch.writeInteger(count)
    batch.writeBytes(records)
    try? RecordBatch.updateChecksum(in: &batch, batchAt: 0)
    return batch
}

/// Drains a record iterator, returning the records.
func allRecords(_ batch: RecordBatch) throws -> [Record] {
    var iterator = try batch.records()
    var records: [Record] = []
    while let record = try iterator.next() {
        records.append(record)
    }
    return records
}

func string(_ buffer: ByteBuffer?) -> String? {
    buffer.map { String(buffer: $0) }
}

@Suite struct RecordTestSupportTests {
    @Test("the seeded generator repeats its sequence for a seed")
    func seededGeneratorIsDeterministic() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        #expect((0..<8).map { _ in first.next() } == (0..<8).map { _ in second.next() })
    }

}
