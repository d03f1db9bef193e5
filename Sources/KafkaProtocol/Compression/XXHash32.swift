/// The 32-bit xxHash, which LZ4 frames use for their header checksum.
///
/// Only needed to recognise the header checksum old Kafka clients got wrong (see `LZ4Codec`), so it
/// hashes a few bytes at a time and favours plainness over speed.
enum XXHash32 {
    private static let prime1: UInt32 = 0x9E37_79B1
    private static let prime2: UInt32 = 0x85EB_CA77
    private static let prime3: UInt32 = 0xC2B2_AE3D
    private static let prime4: UInt32 = 0x27D4_EB2F
    private static let prime5: UInt32 = 0x1656_67B1

    /// The xxHash32 of `bytes` with `seed`.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
        let count = bytes.count
        var offset = 0
        var hash: UInt32
        if count >= 16 {
            var lanes = (
                seed &+ self.prime1 &+ self.prime2, seed &+ self.prime2, seed, seed &- self.prime1
            )
            while count - offset >= 16 {
                lanes.0 = self.round(lanes.0, self.word(bytes, offset))
                lanes.1 = self.round(lanes.1, self.word(bytes, offset + 4))
                lanes.2 = self.round(lanes.2, self.word(bytes, offset + 8))
                lanes.3 = self.round(lanes.3, self.word(bytes, offset + 12))
                offset += 16
            }
            hash =
                self.rotate(lanes.0, 1) &+ self.rotate(lanes.1, 7) &+ self.rotate(lanes.2, 12)
                &+ self.rotate(lanes.3, 18)
        } else {
            hash = seed &+ self.prime5
        }
        hash &+= UInt32(truncatingIfNeeded: count)
        while count - offset >= 4 {
            hash &+= self.word(bytes, offset) &* self.prime3
            hash = self.rotate(hash, 17) &* self.prime4
            offset += 4
        }
        while offset < count {
            hash &+= UInt32(bytes[offset]) &* self.prime5
            hash = self.rotate(hash, 11) &* self.prime1
            offset += 1
        }
        hash ^= hash >> 15
        hash &*= self.prime2
        hash ^= hash >> 13
        hash &*= self.prime3
        hash ^= hash >> 16
        return hash
    }

    private static func round(_ lane: UInt32, _ input: UInt32) -> UInt32 {
        self.rotate(lane &+ input &* self.prime2, 13) &* self.prime1
    }

    private static func rotate(_ value: UInt32, _ bits: UInt32) -> UInt32 {
        (value << bits) | (value >> (32 - bits))
    }

    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
