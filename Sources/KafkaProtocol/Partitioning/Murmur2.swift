import NIOCore

/// Kafka's murmur2 hash and the key-to-partition mapping of its default partitioner.
///
/// Bit-for-bit the Java client's `Utils.murmur2` (MurmurHash2 with seed 0x9747b28c, 4-byte words
/// read little-endian) and `Utils.toPositive(murmur2(key)) % numPartitions`
/// (BuiltInPartitioner.partitionForKey), so a keyed record lands on the partition a Java, librdkafka
/// (`murmur2_random` partitioner) or kafka-python producer would pick.
public enum Murmur2 {
    private static let seed: UInt32 = 0x9747_B28C
    // The mixing constants of MurmurHash2.
    private static let multiplier: UInt32 = 0x5BD1_E995
    private static let shift: UInt32 = 24

    /// The murmur2 hash of `bytes`, as Java's signed int.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let length = bytes.count
        var hash = self.seed ^ UInt32(truncatingIfNeeded: length)
        let wordBytes = length & ~3
        var offset = 0
        while offset < wordBytes {
            var word = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            word &*= self.multiplier
            word ^= word >> self.shift
            word &*= self.multiplier
            hash &*= self.multiplier
            hash ^= word
            offset += 4
        }
        switch length & 3 {
        case 3:
            hash ^= UInt32(bytes[wordBytes + 2]) << 16
            fallthrough
        case 2:
            hash ^= UInt32(bytes[wordBytes + 1]) << 8
            fallthrough
        case 1:
            hash ^= UInt32(bytes[wordBytes])
            hash &*= self.multiplier
        default:
            break
        }
        hash ^= hash >> 13
        hash &*= self.multiplier
        hash ^= hash >> 15
        return Int32(bitPattern: hash)
    }

    /// The murmur2 hash of the readable bytes of `buffer`.
    public static func hash(_ buffer: ByteBuffer) -> Int32 {
        buffer.withUnsafeReadableBytes { self.hash($0) }
    }

    /// The murmur2 hash of `bytes`; contiguous collections ([UInt8], ByteBufferView, ...) are
    /// hashed in place, others copied first.
    public static func hash(_ bytes: some Collection<UInt8>) -> Int32 {
        if let hash = bytes.withContiguousStorageIfAvailable({ self.hash(UnsafeRawBufferPointer($0)) }) {
            return hash
        }
        return Array(bytes).withUnsafeBytes { self.hash($0) }
    }

    /// Clears the sign bit, as Kafka's `Utils.toPositive` does (not `abs`: Int32.min maps to 0).
    public static func toPositive(_ value: Int32) -> Int32 {
        value & 0x7FFF_FFFF
    }

    /// The partition Kafka's default partitioner picks for a record with `key`.
    ///
    /// - Parameters:
    ///   - key: The serialized key's readable bytes.
    ///   - partitionCount: The topic's partition count; must be positive.
    /// - Returns: A partition in `0..<partitionCount`.
    public static func partition(forKey key: ByteBuffer, partitionCount: Int32) -> Int32 {
        precondition(partitionCount > 0, "a topic has at least one partition")
        return self.toPositive(self.hash(key)) % partitionCount
    }

    /// The partition Kafka's default partitioner picks for a record with `key`.
    ///
    /// - Parameters:
    ///   - key: The serialized key.
    ///   - partitionCount: The topic's partition count; must be positive.
    /// - Returns: A partition in `0..<partitionCount`.
    public static func partition(forKey key: some Collection<UInt8>, partitionCount: Int32) -> Int32 {
        precondition(partitionCount > 0, "a topic has at least one partition")
        return self.toPositive(self.hash(key)) % partitionCount
    }
}
