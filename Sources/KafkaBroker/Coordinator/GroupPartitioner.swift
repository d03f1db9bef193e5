/// Which `__consumer_offsets` partition holds a group (Kafka GroupCoordinatorShard
/// `partitionFor`): `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions`, with Java's
/// `String.hashCode` over UTF-16 code units, so a group lands where Kafka would put it.
enum GroupPartitioner {
    /// Java `String.hashCode`: `s[0]*31^(n-1) + ... + s[n-1]` in wrapping 32-bit arithmetic.
    static func javaHashCode(_ text: String) -> Int32 {
        var hash: Int32 = 0
        for unit in text.utf16 { hash = hash &* 31 &+ Int32(unit) }
        return hash
    }

    /// Kafka `Utils.abs` masks the sign bit, so Int.MIN_VALUE maps to 0 rather than overflowing.
    static func partition(for groupId: String, partitions: Int32) -> Int32 {
        (Self.javaHashCode(groupId) & 0x7fff_ffff) % max(1, partitions)
    }
}
