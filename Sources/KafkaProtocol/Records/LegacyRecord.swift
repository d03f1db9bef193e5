import NIOCore

/// One magic-0 or magic-1 record as iteration yields it: an uncompressed entry, or an inner message
/// of a compressed wrapper with its offset made absolute (Kafka LegacyRecord.java).
public struct LegacyRecord: Sendable {
    /// Absolute offset.
    public var offset: Int64
    public var magic: Int8
    public var attributes: Int8
    /// Milliseconds since the epoch; -1 for magic 0. Inside a LogAppendTime wrapper, the wrapper's.
    public var timestamp: Int64
    /// `.noTimestampType` for magic 0; inside a magic-1 wrapper, the wrapper's type.
    public var timestampType: TimestampType
    /// A slice of the entry (or of the decompressed inner set); nil when null.
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    /// The message's stored CRC-32, already checked for inner messages.
    public var crc: UInt32

    public init(
        offset: Int64, magic: Int8, attributes: Int8, timestamp: Int64, timestampType: TimestampType,
        key: ByteBuffer?, value: ByteBuffer?, crc: UInt32
    ) {
        self.offset = offset
        self.magic = magic
        self.attributes = attributes
        self.timestamp = timestamp
        self.timestampType = timestampType
        self.key = key
        self.value = value
        self.crc = crc
    }
}
