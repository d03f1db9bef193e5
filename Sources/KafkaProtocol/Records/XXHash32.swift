/// XXH32, the hash LZ4 frames use for their header and content checksums
/// (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md). liblz4 does not export it,
/// and `LegacyLZ4Frame` needs it to repair Kafka's magic-0 frame headers.
enum XXHash32 {
    static let prime1: UInt32 = 0x9E37_79B1
    static let prime2: UInt32 = 0x85EB_CA77
    static let prime3: UInt32 = 0xC2B2_AE3D
    static let prime4: UInt32 = 0x27D4_EB2F
    static let prime5: UInt32 = 0x1656_67B1

    @inline(__always)
    static func rotateLeft(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value << count) | (value >> (32 - count))
    }

    @inline(__always)
    static func round(_ accumulator: UInt32, _ input: UInt32) -> UInt32 {
        Self.rotateLeft(accumulator &+ input &* Self.prime2, 13) &* Self.prime1
    }

    /// The XXH32 hash of `bytes` with `seed`.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
        let count = bytes.count
        var index = 0
        var hash: UInt32
        if count >= 16 {
            var v1 = seed &+ Self.prime1 &+ Self.prime2
            var v2 = seed &+ Self.prime2
            var v3 = seed
            var v4 = seed &- Self.prime1
            while index + 16 <= count {
                v1 = Self.round(v1, Self.word(bytes, index))
                v2 = Self.round(v2, Self.word(bytes, index + 4))
                v3 = Self.round(v3, Self.word(bytes, index + 8))
                v4 = Self.round(v4, Self.word(bytes, index + 12))
                index += 16
            }
            hash =
                Self.rotateLeft(v1, 1) &+ Self.rotateLeft(v2, 7) &+ Self.rotateLeft(v3, 12) &+ Self.rotateLeft(v4, 18)
        } else {
            hash = seed &+ Self.prime5
        }
        hash = hash &+ UInt32(truncatingIfNeeded: count)
        while index + 4 <= count {
            hash = hash &+ Self.word(bytes, index) &* Self.prime3
            hash = Self.rotateLeft(hash, 17) &* Self.prime4
            index += 4
        }
        while index < count {
            hash = hash &+ UInt32(bytes[index]) &* Self.prime5
            hash = Self.rotateLeft(hash, 11) &* Self.prime1
            index += 1
        }
        hash ^= hash >> 15
        hash = hash &* Self.prime2
        hash ^= hash >> 13
        hash = hash &* Self.prime3
        hash ^= hash >> 16
        return hash
    }

    /// The little-endian 32-bit word at `index`.
    @inline(__always)
    static func word(_ bytes: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
        UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
            | UInt32(bytes[index + 3]) << 24
    }
}
