import CCRC32C
import NIOCore

/// CRC-32C (Castagnoli) over bytes, the checksum of magic-2 record batches (Kafka Crc32C.java).
/// Uses the SSE4.2 instruction when the CPU has it (see the CCRC32C target).
public enum CRC32C {
    /// Continues `crc` (0 to start) over the readable bytes of `buffer`.
    @inlinable
    public static func checksum(_ buffer: ByteBuffer, continuing crc: UInt32 = 0) -> UInt32 {
        buffer.withUnsafeReadableBytes { kafka_crc32c(crc, $0.baseAddress, $0.count) }
    }

    /// Continues `crc` (0 to start) over raw bytes.
    @inlinable
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        kafka_crc32c(crc, bytes.baseAddress, bytes.count)
    }

    /// Whether the hardware instruction is in use on this CPU.
    public static var usesHardware: Bool { kafka_crc32c_has_hardware() != 0 }
}
