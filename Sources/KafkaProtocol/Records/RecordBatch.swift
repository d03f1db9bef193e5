import NIOCore

/// A zero-copy view of one magic-2 record batch (Kafka DefaultRecordBatch.java).
///
/// Layout, big-endian, byte offsets from the start of the batch:
///
///     0 baseOffset int64          27 baseTimestamp int64
///     8 batchLength int32         35 maxTimestamp int64
///    12 partitionLeaderEpoch int32 43 producerId int64
///    16 magic int8 (2)            51 producerEpoch int16
///    17 crc uint32                53 baseSequence int32
///    21 attributes int16          57 recordCount int32
///    23 lastOffsetDelta int32     61 records...
///
/// `batchLength` counts the bytes after itself, so a batch occupies `batchLength + 12` bytes. The
/// CRC-32C covers everything from `attributes` to the end, which is why the broker can rewrite
/// `baseOffset` and `partitionLeaderEpoch` without recomputing it.
///
/// `init` checks the framing (size, magic, `batchLength`), so the header accessors below always
/// read real bytes; `validate` checks the contents (CRC, record count, codec, and with `deep` every
/// record). Nothing is copied: accessors read the buffer, records are slices of it.
public struct RecordBatch: Sendable {
    /// The batch: its readable bytes are exactly one batch, header included.
    public internal(set) var buffer: ByteBuffer

    /// Bytes before `batchLength`'s coverage starts: baseOffset + batchLength (Kafka `LOG_OVERHEAD`).
    public static let logOverhead = 12
    /// Size of the header up to the first record (Kafka `RECORD_BATCH_OVERHEAD`).
    public static let headerSize = 61
    /// The magic byte of this format.
    public static let currentMagic: Int8 = 2
    /// Default bound on a compressed batch's decompressed records, so that a small hostile batch
    /// cannot make the broker allocate without limit. 64 MiB is well above Kafka's default
    /// `message.max.bytes` (about 1 MiB) at any realistic compression ratio.
    public static let defaultMaxDecompressedBytes = 64 * 1024 * 1024

    // Field offsets (Kafka DefaultRecordBatch.java `*_OFFSET` constants).
    static let baseOffsetOffset = 0
    static let batchLengthOffset = 8
    static let partitionLeaderEpochOffset = 12
    static let magicOffset = 16
    static let crcOffset = 17
    static let attributesOffset = 21
    static let lastOffsetDeltaOffset = 23
    static let baseTimestampOffset = 27
    static let maxTimestampOffset = 35
    static let producerIdOffset = 43
    static let producerEpochOffset = 51
    static let baseSequenceOffset = 53
    static let recordCountOffset = 57

    /// Wraps the readable bytes of `buffer`, which must be exactly one magic-2 batch.
    /// - Throws: `ProtocolDecodingError.truncated` below the 61-byte header, `.invalidValue` for
    ///   another magic, `.invalidLength` when `batchLength + 12` is not the buffer's size.
    public init(_ buffer: ByteBuffer) throws {
        guard buffer.readableBytes >= Self.headerSize else {
            throw ProtocolDecodingError.truncated(
                what: "record batch header", needed: Self.headerSize, available: buffer.readableBytes)
        }
        let start = buffer.readerIndex
        let magic = buffer.getInteger(at: start + Self.magicOffset, as: Int8.self) ?? -1
        guard magic == Self.currentMagic else {
            throw ProtocolDecodingError.invalidValue(what: "record batch magic", reason: "expected 2, found \(magic)")
        }
        let batchLength = buffer.getInteger(at: start + Self.batchLengthOffset, as: Int32.self) ?? -1
        guard Int(batchLength) + Self.logOverhead == buffer.readableBytes else {
            throw ProtocolDecodingError.invalidLength(what: "record batch length", length: Int64(batchLength))
        }
        self.buffer = buffer
    }

    /// Reads a header field. `init` guarantees the header is present, so the fallback is unreachable;
    /// it exists so that no code path can trap.
    @inline(__always)
    func field<T: FixedWidthInteger>(_ offset: Int, as type: T.Type = T.self) -> T {
        self.buffer.getInteger(at: self.buffer.readerIndex + offset, as: T.self) ?? 0
    }

    // MARK: Header fields

    public var baseOffset: Int64 { self.field(Self.baseOffsetOffset) }
    public var batchLength: Int32 { self.field(Self.batchLengthOffset) }
    public var partitionLeaderEpoch: Int32 { self.field(Self.partitionLeaderEpochOffset) }
    public var magic: Int8 { self.field(Self.magicOffset) }
    /// The stored CRC-32C; `computeChecksum()` gives the one the bytes have.
    public var crc: UInt32 { self.field(Self.crcOffset) }
    public var attributes: RecordBatchAttributes { RecordBatchAttributes(rawValue: self.field(Self.attributesOffset)) }
    public var lastOffsetDelta: Int32 { self.field(Self.lastOffsetDeltaOffset) }
    /// The first record's timestamp, or the delete horizon when `hasDeleteHorizon` (KIP-534).
    public var baseTimestamp: Int64 { self.field(Self.baseTimestampOffset) }
    /// The largest record timestamp, or the log-append time under `LogAppendTime`.
    public var maxTimestamp: Int64 { self.field(Self.maxTimestampOffset) }
    public var producerId: Int64 { self.field(Self.producerIdOffset) }
    public var producerEpoch: Int16 { self.field(Self.producerEpochOffset) }
    public var baseSequence: Int32 { self.field(Self.baseSequenceOffset) }
    /// The record count as stored; `validate` rejects a negative one.
    public var recordCount: Int32 { self.field(Self.recordCountOffset) }

    // MARK: Derived values

    /// The codec, or nil when attribute bits 0-2 hold an undefined id (`validate` rejects it).
    public var compression: CompressionCodec? { self.attributes.compression }
    public var timestampType: TimestampType { self.attributes.timestampType }
    public var isTransactional: Bool { self.attributes.isTransactional }
    public var isControlBatch: Bool { self.attributes.isControlBatch }
    public var hasDeleteHorizon: Bool { self.attributes.hasDeleteHorizon }
    /// The delete horizon of a compacted batch (KIP-534), nil when the flag is not set.
    public var deleteHorizonMs: Int64? { self.hasDeleteHorizon ? self.baseTimestamp : nil }
    /// Total size of the batch in bytes, `batchLength + 12`.
    public var sizeInBytes: Int { self.buffer.readableBytes }
    /// Offset of the last record; it survives compaction even when that record does not.
    public var lastOffset: Int64 { self.baseOffset &+ Int64(self.lastOffsetDelta) }
    public var nextOffset: Int64 { self.lastOffset &+ 1 }

    /// The sequence number of the last record, or -1 without idempotence. Sequences wrap from
    /// `Int32.max` to 0 (Kafka DefaultRecordBatch.java `incrementSequence`).
    public var lastSequence: Int32 {
        let base = self.baseSequence
        guard base != -1 else { return -1 }
        return Self.incrementSequence(base, by: self.lastOffsetDelta)
    }

    static func incrementSequence(_ sequence: Int32, by increment: Int32) -> Int32 {
        // Computed in 64 bits so that a corrupt negative delta cannot overflow and trap.
        let sequence = Int64(sequence)
        let increment = Int64(increment)
        let maximum = Int64(Int32.max)
        if sequence > maximum - increment {
            return Int32(truncatingIfNeeded: increment - (maximum - sequence) - 1)
        }
        return Int32(truncatingIfNeeded: sequence + increment)
    }

    /// The records section as stored (compressed when the batch is), a slice of `buffer`.
    public var recordsSection: ByteBuffer {
        self.buffer.getSlice(
            at: self.buffer.readerIndex + Self.headerSize, length: self.buffer.readableBytes - Self.headerSize
        ) ?? ByteBuffer()
    }

    // MARK: Validation

    /// The CRC-32C of the bytes from `attributes` to the end, computed without copying.
    public func computeChecksum() -> UInt32 {
        self.buffer.withUnsafeReadableBytes { bytes in
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[Self.attributesOffset...]))
        }
    }

    /// Checks the batch contents. Shallow validation (the default) is CRC-32C plus header checks and
    /// allocates nothing; `deep` also decodes every record (decompressing once if needed) and checks
    /// that they fill the records section exactly, match `recordCount`, and have offset deltas that
    /// rise strictly within `0...lastOffsetDelta` (Kafka DefaultRecordBatch.java `ensureValid`,
    /// DefaultRecord.java `readFrom`).
    /// - Parameter maxDecompressedBytes: bound on the decompressed records of a compressed batch.
    /// - Throws: `ProtocolDecodingError`, or the codec's `CompressionError` when decompression fails.
    public func validate(deep: Bool = false, maxDecompressedBytes: Int = RecordBatch.defaultMaxDecompressedBytes)
        throws
    {
        let stored = self.crc
        let computed = self.computeChecksum()
        guard stored == computed else {
            throw ProtocolDecodingError.checksumMismatch(
                what: "record batch at offset \(self.baseOffset)", expected: stored, computed: computed)
        }
        guard self.recordCount >= 0 else {
            throw ProtocolDecodingError.invalidValue(
                what: "record batch record count", reason: "negative count \(self.recordCount)")
        }
        guard self.compression != nil else {
            throw ProtocolDecodingError.invalidValue(
                what: "record batch attributes", reason: "unknown compression id \(self.attributes.compressionId)")
        }
        guard deep else { return }
        var iterator = try self.records(maxDecompressedBytes: maxDecompressedBytes)
        while try iterator.next() != nil {}
    }

    // MARK: Records

    /// An iterator over the batch's records. An uncompressed batch is iterated in place; a
    /// compressed one is decompressed once, here, and its records are slices of that buffer.
    /// The iterator checks record structure as it goes (see `RecordIterator`), so draining it is
    /// the deep validation; it does not check the CRC (call `validate()` for that).
    /// - Throws: `ProtocolDecodingError` for a negative count or unknown codec, or the codec's
    ///   `CompressionError`.
    public func records(maxDecompressedBytes: Int = RecordBatch.defaultMaxDecompressedBytes) throws -> RecordIterator {
        let count = self.recordCount
        guard count >= 0 else {
            throw ProtocolDecodingError.invalidValue(
                what: "record batch record count", reason: "negative count \(count)")
        }
        guard let codec = self.compression else {
            throw ProtocolDecodingError.invalidValue(
                what: "record batch attributes", reason: "unknown compression id \(self.attributes.compressionId)")
        }
        let section = self.recordsSection
        let records: ByteBuffer
        if codec == .none {
            records = section
        } else {
            records = try codec.decompress(section, maxOutputBytes: maxDecompressedBytes)
        }
        // Under LogAppendTime every record reports the batch's max timestamp (Kafka
        // DefaultRecordBatch.java: `logAppendTime` passed to DefaultRecord.readFrom).
        let logAppendTime: Int64? = self.timestampType == .logAppendTime ? self.maxTimestamp : nil
        return RecordIterator(
            records: records,
            count: count,
            baseOffset: self.baseOffset,
            baseTimestamp: self.baseTimestamp,
            logAppendTime: logAppendTime,
            lastOffsetDelta: self.lastOffsetDelta
        )
    }
}
