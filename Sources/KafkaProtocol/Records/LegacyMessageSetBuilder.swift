import NIOCore

/// Writes magic-0 and magic-1 message sets as pre-0.11 Kafka did (Kafka LegacyRecord.java `write`,
/// the 0.10 producer's MemoryRecordsBuilder). The broker never writes this format; it exists for
/// tests and for building legacy segment files to test reading them.
///
/// Uncompressed, each appended record becomes one entry with its absolute offset. Compressed, the
/// records become inner messages of one wrapper: inner offsets are absolute for magic 0 and
/// relative to the first appended offset for magic 1, and the wrapper carries the last offset.
/// A magic-1 wrapper's timestamp is the largest inner timestamp, or `logAppendTime` under
/// LogAppendTime. Magic-0 LZ4 wrappers get Kafka's old broken header checksum (KAFKA-3160).
public struct LegacyMessageSetBuilder {
    public let magic: Int8
    public let compression: CompressionCodec
    /// Magic 1 only: the timestamp type written in the attributes.
    public let timestampType: TimestampType
    /// Magic 1 under LogAppendTime: the wrapper's (or each uncompressed entry's) timestamp.
    public var logAppendTime: Int64

    var messages: ByteBuffer
    var firstOffset: Int64?
    var lastOffset: Int64 = -1
    var maxTimestamp: Int64 = -1
    /// Number of records appended so far.
    public private(set) var count = 0

    /// - Precondition: `magic` is 0 or 1; `compression` is not zstd (KIP-110 requires magic 2).
    public init(
        magic: Int8, compression: CompressionCodec = .none, timestampType: TimestampType = .createTime,
        logAppendTime: Int64 = -1
    ) {
        precondition(magic == 0 || magic == 1, "legacy magic is 0 or 1")
        precondition(compression != .zstd, "zstd needs magic 2")
        self.magic = magic
        self.compression = compression
        self.timestampType = magic == 0 ? .noTimestampType : timestampType
        self.logAppendTime = logAppendTime
        self.messages = ByteBuffer()
    }

    /// Appends a record at absolute `offset`; `timestamp` is ignored for magic 0.
    public mutating func append(offset: Int64, timestamp: Int64 = -1, key: ByteBuffer?, value: ByteBuffer?) {
        let firstOffset = self.firstOffset ?? offset
        self.firstOffset = firstOffset
        let uncompressed = self.compression == .none
        let storedOffset = uncompressed || self.magic == 0 ? offset : offset &- firstOffset
        var attributes: Int8 = 0
        var storedTimestamp = timestamp
        if uncompressed && self.timestampType == .logAppendTime {
            attributes |= 0x08
            storedTimestamp = self.logAppendTime
        }
        Self.writeMessage(
            offset: storedOffset, magic: self.magic, attributes: attributes, timestamp: storedTimestamp, key: key,
            value: value, into: &self.messages)
        self.lastOffset = offset
        self.maxTimestamp = self.count == 0 ? timestamp : max(self.maxTimestamp, timestamp)
        self.count += 1
    }

    /// The message set: the entries, or one wrapper holding them compressed.
    /// - Throws: the codec's `CompressionError`.
    public func build() throws -> ByteBuffer {
        guard self.compression != .none, self.count > 0 else { return self.messages }
        var compressed = try self.compression.compress(self.messages)
        if self.compression == .lz4 && self.magic == 0 {
            compressed = try LegacyLZ4Frame.withKafkaLegacyHeaderChecksum(compressed)
        }
        var attributes = self.compression.rawValue
        var timestamp = self.maxTimestamp
        if self.timestampType == .logAppendTime {
            attributes |= 0x08
            timestamp = self.logAppendTime
        }
        var wrapper = ByteBuffer()
        Self.writeMessage(
            offset: self.lastOffset, magic: self.magic, attributes: attributes, timestamp: timestamp, key: nil,
            value: compressed, into: &wrapper)
        return wrapper
    }

    /// Writes one entry (log overhead, CRC-32, fields) with exactly the given field values, so
    /// tests can also build entries Kafka would reject.
    public static func writeMessage(
        offset: Int64, magic: Int8, attributes: Int8, timestamp: Int64, key: ByteBuffer?, value: ByteBuffer?,
        into buffer: inout ByteBuffer
    ) {
        let start = buffer.writerIndex
        buffer.writeInteger(offset)
        buffer.writeInteger(Int32(0))  // size, set below
        buffer.writeInteger(UInt32(0))  // CRC, set below
        buffer.writeInteger(magic)
        buffer.writeInteger(attributes)
        if magic > 0 {
            buffer.writeInteger(timestamp)
        }
        for field in [key, value] {
            if let field {
                buffer.writeInteger(Int32(truncatingIfNeeded: field.readableBytes))
                buffer.writeImmutableBuffer(field)
            } else {
                buffer.writeInteger(Int32(-1))
            }
        }
        let end = buffer.writerIndex
        buffer.setInteger(Int32(truncatingIfNeeded: end - start - RecordBatch.logOverhead), at: start + 8)
        let coveredStart = start + LegacyRecordBatch.magicOffset
        let covered = buffer.getSlice(at: coveredStart, length: end - coveredStart)
        let crc = covered?.withUnsafeReadableBytes { LegacyRecordBatch.crc32($0) } ?? 0
        buffer.setInteger(crc, at: start + LegacyRecordBatch.crcOffset)
    }
}
