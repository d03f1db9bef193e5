import KafkaProtocol
import NIOCore

/// The deterministic batches the crash writer appends. The crash test rebuilds the same batches to
/// check what survived, so the two copies of these formulas (here and in the test's
/// `CrashWorkload`) must agree.
enum CrashWorkload {
    /// Records in batch `index`: 1 to 10.
    static func recordCount(seed: UInt64, index: Int) -> Int {
        1 + Int((seed &* 31 &+ UInt64(index) &* 7) % 10)
    }

    /// Value size of record `record` of batch `index`: 50 to 449 bytes.
    static func valueSize(seed: UInt64, index: Int, record: Int) -> Int {
        50 + Int((UInt64(index) &* 13 &+ UInt64(record) &* 7 &+ seed) % 400)
    }

    /// Batch `index`: every fifth is LZ4-compressed; timestamps are fixed, 10 ms apart.
    static func batch(seed: UInt64, index: Int) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(compression: index % 5 == 4 ? .lz4 : .none)
        for record in 0..<Self.recordCount(seed: seed, index: index) {
            var value = ByteBuffer()
            let size = Self.valueSize(seed: seed, index: index, record: record)
            value.reserveCapacity(size)
            for byte in 0..<size {
                value.writeInteger(UInt8(truncatingIfNeeded: index &* 31 &+ record &* 17 &+ byte &+ Int(seed % 251)))
            }
            try builder.append(
                timestamp: 1_600_000_000_000 + Int64(index) * 10, key: ByteBuffer(string: "k-\(index)-\(record)"),
                value: value)
        }
        return try builder.build()
    }
}
