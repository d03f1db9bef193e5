import CZlib
import NIOCore

/// A zero-copy view of one magic-0 or magic-1 log entry, the pre-0.11 message format (Kafka
/// LegacyRecord.java, AbstractLegacyRecordBatch.java).
///
/// Layout, big-endian:
///
///     offset int64, messageSize int32 (bytes after itself),
///     crc uint32 (CRC-32 of magic..end), magic int8, attributes int8,
///     timestamp int64 (magic 1 only), key (int32 length, -1 null), value (int32 length, -1 null)
///
/// Attribute bits 0-2 are the codec and, for magic 1, bit 3 the timestamp type. An uncompressed
/// entry is one record. A compressed entry is a "wrapper" whose value is a compressed message set
/// of inner messages; its offset is that of the last inner message. Inner offsets are absolute
/// for magic 0 and relative (0, 1, ...) for magic 1 (KIP-31).
///
/// `init` checks the framing and that key and value end exactly at the end; `validate` checks the
/// CRC, the codec and, with `deep`, the inner messages.
public struct LegacyRecordBatch: Sendable {
    /// The entry, 12-byte log overhead included: its readable bytes are exactly one entry.
    public internal(set) var buffer: ByteBuffer
    /// The key, a slice of `buffer`; nil when null.
    public let key: ByteBuffer?
    /// The value, a slice of `buffer`; nil when null. A wrapper's value is the compressed inner set.
    public let value: ByteBuffer?

    // Offsets from the start of the entry (Kafka LegacyRecord.java, shifted by LOG_OVERHEAD).
    static let offsetOffset = 0
    static let sizeOffset = 8
    static let crcOffset = 12
    static let magicOffset = 16
    static let attributesOffset = 17
    static let timestampOffset = 18

    /// Smallest message (after the log overhead) per magic: Kafka `RECORD_OVERHEAD_V0`/`_V1`.
    static func minimumMessageSize(magic: Int8) -> Int { magic == 0 ? 14 : 22 }

    /// Wraps the readable bytes of `buffer`, which must be exactly one legacy entry.
    /// - Throws: `ProtocolDecodingError` when the entry is shorter than its magic's minimum, its
    ///   size field does not match, the magic is not 0 or 1, or key and value lengths are negative
    ///   (other than -1), run past the end or stop short of it.
    public init(_ buffer: ByteBuffer) throws {
        let start = buffer.readerIndex
        let minimum = RecordBatch.logOverhead + Self.minimumMessageSize(magic: 0)
        guard buffer.readableBytes >= minimum else {
            throw ProtocolDecodingError.truncated(
                what: "legacy message", needed: minimum, available: buffer.readableBytes)
        }
        let size = buffer.getInteger(at: start + Self.sizeOffset, as: Int32.self) ?? -1
        guard Int(size) + RecordBatch.logOverhead == buffer.readableBytes else {
            throw ProtocolDecodingError.invalidLength(what: "legacy message size", length: Int64(size))
        }
        let magic = buffer.getInteger(at: start + Self.magicOffset, as: Int8.self) ?? -1
        guard magic == 0 || magic == 1 else {
            throw ProtocolDecodingError.invalidValue(
                what: "legacy message magic", reason: "expected 0 or 1, found \(magic)")
        }
        guard Int(size) >= Self.minimumMessageSize(magic: magic) else {
            throw ProtocolDecodingError.invalidLength(what: "legacy message size", length: Int64(size))
        }
        var cursor = buffer
        cursor.moveReaderIndex(forwardBy: magic == 0 ? Self.timestampOffset : Self.timestampOffset + 8)
        let key = try cursor.readLegacyNullableBytes("legacy message key")
        let value = try cursor.readLegacyNullableBytes("legacy message value")
        guard cursor.readableBytes == 0 else {
            throw ProtocolDecodingError.invalidValue(
                what: "legacy message", reason: "\(cursor.readableBytes) bytes after the value")
        }
        self.buffer = buffer
        self.key = key
        self.value = value
    }

    /// Reads one whole entry from the front of `buffer`; the reader index does not move on failure.
    /// - Throws: `ProtocolDecodingError` when the entry is incomplete or malformed.
    static func read(from buffer: inout ByteBuffer) throws -> LegacyRecordBatch {
        guard buffer.readableBytes >= RecordBatch.logOverhead,
            let size = buffer.getInteger(at: buffer.readerIndex + Self.sizeOffset, as: Int32.self)
        else {
            throw ProtocolDecodingError.truncated(
                what: "legacy message header", needed: RecordBatch.logOverhead, available: buffer.readableBytes)
        }
        guard size >= Self.minimumMessageSize(magic: 0) else {
            throw ProtocolDecodingError.invalidLength(what: "legacy message size", length: Int64(size))
        }
        let total = Int(size) + RecordBatch.logOverhead
        guard let slice = buffer.getSlice(at: buffer.readerIndex, length: total) else {
            throw ProtocolDecodingError.truncated(
                what: "legacy message", needed: total, available: buffer.readableBytes)
        }
        let entry = try LegacyRecordBatch(slice)
        buffer.moveReaderIndex(forwardBy: total)
        return entry
    }

    /// Reads a header field; `init` guarantees it is present, so the fallback is unreachable.
    @inline(__always)
    func field<T: FixedWidthInteger>(_ offset: Int, as type: T.Type = T.self) -> T {
        self.buffer.getInteger(at: self.buffer.readerIndex + offset, as: T.self) ?? 0
    }

    // MARK: Fields

    /// The entry's offset: the record's own, or the last inner offset for a wrapper.
    public var offset: Int64 { self.field(Self.offsetOffset) }
    /// Same as `offset`; Kafka calls it the batch's last offset.
    public var lastOffset: Int64 { self.offset }
    /// The message size field: bytes after it.
    public var messageSize: Int32 { self.field(Self.sizeOffset) }
    /// The stored CRC-32; `computeChecksum()` gives the one the bytes have.
    public var crc: UInt32 { self.field(Self.crcOffset) }
    public var magic: Int8 { self.field(Self.magicOffset) }
    public var attributes: Int8 { self.field(Self.attributesOffset) }
    /// Total size in bytes, log overhead included.
    public var sizeInBytes: Int { self.buffer.readableBytes }

    /// The codec id of attribute bits 0-2.
    public var compressionId: Int8 { self.attributes & 0x07 }
    /// The codec, or nil for an id Kafka does not define.
    public var compression: CompressionCodec? { CompressionCodec(rawValue: self.compressionId) }
    public var isCompressed: Bool { self.compressionId != 0 }

    /// Magic 1: attribute bit 3; magic 0: `.noTimestampType`.
    public var timestampType: TimestampType {
        guard self.magic > 0 else { return .noTimestampType }
        return self.attributes & 0x08 != 0 ? .logAppendTime : .createTime
    }

    /// Magic 1: the stored timestamp; magic 0: -1 (Kafka `RecordBatch.NO_TIMESTAMP`).
    public var timestamp: Int64 {
        guard self.magic > 0 else { return -1 }
        return self.field(Self.timestampOffset)
    }

    // MARK: Validation

    /// The CRC-32 (zlib's, Kafka Crc32.java) over magic..end, computed without copying.
    public func computeChecksum() -> UInt32 {
        self.buffer.withUnsafeReadableBytes { bytes in
            Self.crc32(UnsafeRawBufferPointer(rebasing: bytes[Self.magicOffset...]))
        }
    }

    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        let pointer = base.assumingMemoryBound(to: Bytef.self)
        return UInt32(truncatingIfNeeded: CZlib.crc32(0, pointer, uInt(bytes.count)))
    }

    /// Checks the CRC-32 and the codec; with `deep` also decompresses a wrapper and checks every
    /// inner message (Kafka LegacyRecord.java `ensureValid`, AbstractLegacyRecordBatch.java).
    /// - Throws: `ProtocolDecodingError`, or the codec's `CompressionError`.
    public func validate(deep: Bool = false, maxDecompressedBytes: Int = RecordBatch.defaultMaxDecompressedBytes)
        throws
    {
        let stored = self.crc
        let computed = self.computeChecksum()
        guard stored == computed else {
            throw ProtocolDecodingError.checksumMismatch(
                what: "legacy message at offset \(self.offset)", expected: stored, computed: computed)
        }
        _ = try self.checkedCompression()
        guard deep else { return }
        var iterator = try self.records(maxDecompressedBytes: maxDecompressedBytes)
        while try iterator.next() != nil {}
    }

    /// The codec, rejecting undefined ids and zstd, which magic 0 and 1 cannot carry (KIP-110).
    func checkedCompression() throws -> CompressionCodec {
        guard let codec = self.compression, codec != .zstd else {
            throw ProtocolDecodingError.invalidValue(
                what: "legacy message attributes",
                reason: "compression id \(self.compressionId) is not valid for magic \(self.magic)")
        }
        return codec
    }

    // MARK: Records

    /// The entry's records: itself when uncompressed, else the inner messages with absolute
    /// offsets. A wrapper is decompressed and its inner messages checked here, once: CRC, matching
    /// magic, no nested compression, at least one message, and for magic 1 a wrapper offset not
    /// below the last relative offset (Kafka AbstractLegacyRecordBatch.java `DeepRecordsIterator`).
    ///
    /// Magic-0 LZ4 wrappers were written with a wrong frame header checksum (KAFKA-3160); the LZ4
    /// codec recognises and accepts that header itself.
    /// - Throws: `ProtocolDecodingError`, or the codec's `CompressionError`.
    public func records(maxDecompressedBytes: Int = RecordBatch.defaultMaxDecompressedBytes) throws
        -> LegacyRecordIterator
    {
        let codec = try self.checkedCompression()
        guard codec != .none else {
            return LegacyRecordIterator(single: self.record(offset: self.offset, wrapper: nil))
        }
        guard let compressed = self.value else {
            throw ProtocolDecodingError.invalidValue(what: "legacy wrapper message", reason: "null value")
        }
        let inner = try codec.decompress(compressed, maxOutputBytes: maxDecompressedBytes)

        var cursor = inner
        var lastInnerOffset: Int64 = 0
        var count = 0
        while cursor.readableBytes > 0 {
            let entry = try LegacyRecordBatch.read(from: &cursor)
            let stored = entry.crc
            let computed = entry.computeChecksum()
            guard stored == computed else {
                throw ProtocolDecodingError.checksumMismatch(
                    what: "inner legacy message at offset \(entry.offset)", expected: stored, computed: computed)
            }
            guard entry.magic == self.magic else {
                throw ProtocolDecodingError.invalidValue(
                    what: "inner legacy message", reason: "magic \(entry.magic) in a magic \(self.magic) wrapper")
            }
            guard !entry.isCompressed else {
                throw ProtocolDecodingError.invalidValue(what: "inner legacy message", reason: "nested compression")
            }
            lastInnerOffset = entry.offset
            count += 1
        }
        guard count > 0 else {
            throw ProtocolDecodingError.invalidValue(what: "legacy wrapper message", reason: "no inner messages")
        }

        var absoluteBaseOffset: Int64? = nil
        if self.magic == 1 {
            let wrapperOffset = self.offset
            if wrapperOffset == 0 {
                // Some librdkafka versions produce wrappers with offset 0 (Kafka keeps the relative
                // offsets then).
                absoluteBaseOffset = 0
            } else {
                guard wrapperOffset >= lastInnerOffset else {
                    throw ProtocolDecodingError.invalidValue(
                        what: "legacy wrapper offset",
                        reason: "\(wrapperOffset) is below the last inner offset \(lastInnerOffset)")
                }
                absoluteBaseOffset = wrapperOffset - lastInnerOffset
            }
        }
        return LegacyRecordIterator(
            inner: inner, count: count, absoluteBaseOffset: absoluteBaseOffset, wrapper: self)
    }

    /// This entry as a record at `offset`. Inside a magic-1 wrapper the timestamp type is the
    /// wrapper's, and under LogAppendTime so is the timestamp (Kafka LegacyRecord.java `timestamp`).
    func record(offset: Int64, wrapper: LegacyRecordBatch?) -> LegacyRecord {
        var timestamp = self.timestamp
        var timestampType = self.timestampType
        if let wrapper, self.magic > 0 {
            timestampType = wrapper.timestampType
            if timestampType == .logAppendTime {
                timestamp = wrapper.timestamp
            }
        }
        return LegacyRecord(
            offset: offset,
            magic: self.magic,
            attributes: self.attributes,
            timestamp: timestamp,
            timestampType: timestampType,
            key: self.key,
            value: self.value,
            crc: self.crc
        )
    }
}
