import NIOCore

/// One record header: a non-null string key and nullable bytes (Kafka RecordHeader.java).
public struct RecordHeader: Hashable, Sendable {
    public var key: String
    public var value: ByteBuffer?

    public init(key: String, value: ByteBuffer?) {
        self.key = key
        self.value = value
    }

    /// Encoded size inside a record: varint key length, key, varint value length, value.
    var encodedSize: Int {
        let keyLength = self.key.utf8.count
        return VarintSize.signed(Int64(keyLength)) + keyLength
            + RecordFieldSize.nullableBytes(self.value?.readableBytes)
    }
}
