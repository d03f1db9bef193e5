import NIOCore

/// Encodes one magic-2 record batch (Kafka MemoryRecordsBuilder.java, DefaultRecordBatch.java
/// `writeHeader`, DefaultRecord.java `writeTo`).
///
/// Records are encoded into an uncompressed buffer as they are appended; `build` compresses that
/// section with `compression`, writes the 61-byte header in front and computes the CRC-32C.
/// The base timestamp is the first record's timestamp (or the delete horizon, KIP-534), so every
/// other timestamp is a delta from it.
public struct RecordBatchBuilder {
    public var baseOffset: Int64
    public var partitionLeaderEpoch: Int32
    /// -1 without idempotence (Kafka `RecordBatch.NO_PRODUCER_ID`).
    public var producerId: Int64
    public var producerEpoch: Int16
    public var baseSequence: Int32
    public var isTransactional: Bool
    public var isControlBatch: Bool
    public var timestampType: TimestampType
    /// Under `LogAppendTime`, the time written as the batch's max timestamp; records keep the
    /// timestamps they were appended with, as when the broker rewrites a producer's batch.
    public var logAppendTime: Int64
    public var compression: CompressionCodec
    /// Codec-specific level; nil for the codec's default.
    public var compressionLevel: Int?
    /// The delete horizon of a compacted batch (KIP-534). When set it is the base timestamp.
    public let deleteHorizonMs: Int64?

    var records: ByteBuffer
    var baseTimestamp: Int64?
    var maxTimestamp: Int64 = -1
    var lastOffsetDelta: Int32 = -1
    /// Number of records appended so far.
    public private(set) var recordCount: Int32 = 0

    /// - Parameters: the batch header fields, see Kafka DefaultRecordBatch.java.
    public init(
        baseOffset: Int64 = 0,
        partitionLeaderEpoch: Int32 = -1,
        producerId: Int64 = -1,
        producerEpoch: Int16 = -1,
        baseSequence: Int32 = -1,
        isTransactional: Bool = false,
        isControlBatch: Bool = false,
        timestampType: TimestampType = .createTime,
        logAppendTime: Int64 = -1,
        compression: CompressionCodec = .none,
        compressionLevel: Int? = nil,
        deleteHorizonMs: Int64? = nil,
        allocator: ByteBufferAllocator = ByteBufferAllocator()
    ) {
        self.baseOffset = baseOffset
        self.partitionLeaderEpoch = partitionLeaderEpoch
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.baseSequence = baseSequence
        self.isTransactional = isTransactional
        self.isControlBatch = isControlBatch
        self.timestampType = timestampType
        self.logAppendTime = logAppendTime
        self.compression = compression
        self.compressionLevel = compressionLevel
        self.deleteHorizonMs = deleteHorizonMs
        self.records = allocator.buffer(capacity: 256)
    }

    public var isEmpty: Bool { self.recordCount == 0 }

    /// Size of the batch if it were built uncompressed now.
    public var uncompressedSizeInBytes: Int { RecordBatch.headerSize + self.records.readableBytes }

    /// Appends a record.
    /// - Parameters:
    ///   - offsetDelta: the record's offset minus the base offset; nil for one past the previous
    ///     record (0 first). Explicit deltas must rise strictly (gaps are allowed, as after
    ///     compaction); a non-rising delta is a programming error and traps.
    ///   - timestamp: milliseconds since the epoch (create time).
    /// - Throws: `ProtocolEncodingError.valueTooLarge` when a field or the record exceeds 2 GiB, or
    ///   the batch would hold more than `Int32.max` records.
    public mutating func append(
        offsetDelta: Int32? = nil,
        timestamp: Int64,
        key: ByteBuffer?,
        value: ByteBuffer?,
        headers: [RecordHeader] = [],
        attributes: Int8 = 0
    ) throws {
        let delta = offsetDelta ?? (self.lastOffsetDelta &+ 1)
        precondition(
            delta > self.lastOffsetDelta, "record offset deltas must rise: \(delta) after \(self.lastOffsetDelta)")
        guard self.recordCount < Int32.max else {
            throw ProtocolEncodingError.valueTooLarge(
                what: "record batch record count", size: Int(self.recordCount) + 1)
        }
        let maximum = Int(Int32.max)
        if let key, key.readableBytes > maximum {
            throw ProtocolEncodingError.valueTooLarge(what: "record key", size: key.readableBytes)
        }
        if let value, value.readableBytes > maximum {
            throw ProtocolEncodingError.valueTooLarge(what: "record value", size: value.readableBytes)
        }
        let baseTimestamp = self.deleteHorizonMs ?? self.baseTimestamp ?? timestamp
        // Kafka subtracts longs without overflow checks; wrapping keeps encode and decode inverse.
        let timestampDelta = timestamp &- baseTimestamp
        var bodySize = 1 + VarintSize.signed(timestampDelta) + VarintSize.signed(Int64(delta))
        bodySize += RecordFieldSize.nullableBytes(key?.readableBytes)
        bodySize += RecordFieldSize.nullableBytes(value?.readableBytes)
        bodySize += VarintSize.signed(Int64(headers.count))
        for header in headers {
            bodySize += header.encodedSize
        }
        guard bodySize <= maximum else {
            throw ProtocolEncodingError.valueTooLarge(what: "record", size: bodySize)
        }
        self.records.reserveCapacity(minimumWritableBytes: bodySize + 5)
        self.records.writeVarint(Int32(bodySize))
        self.records.writeInteger(attributes)
        self.records.writeVarlong(timestampDelta)
        self.records.writeVarint(delta)
        self.records.writeRecordNullableBytes(key)
        self.records.writeRecordNullableBytes(value)
        self.records.writeVarint(Int32(headers.count))
        for header in headers {
            self.records.writeVarint(Int32(header.key.utf8.count))
            self.records.writeString(header.key)
            self.records.writeRecordNullableBytes(header.value)
        }
        self.baseTimestamp = baseTimestamp
        self.maxTimestamp = self.recordCount == 0 ? timestamp : max(self.maxTimestamp, timestamp)
        self.lastOffsetDelta = delta
        self.recordCount += 1
    }

    /// Writes the batch: header, records (compressed with `compression`) and CRC-32C.
    /// An empty builder gives a batch of zero records with `lastOffsetDelta` 0 and timestamps -1.
    /// - Throws: the codec's `CompressionError`, or `ProtocolEncodingError.valueTooLarge` when the
    ///   batch exceeds `Int32.max` bytes.
    public func build(allocator: ByteBufferAllocator = ByteBufferAllocator()) throws -> ByteBuffer {
        let payload: ByteBuffer
        if self.compression == .none {
            payload = self.records
        } else {
            payload = try self.compression.compress(self.records, level: self.compressionLevel)
        }
        let size = RecordBatch.headerSize + payload.readableBytes
        guard size - RecordBatch.logOverhead <= Int(Int32.max) else {
            throw ProtocolEncodingError.valueTooLarge(what: "record batch", size: size)
        }
        let attributes = RecordBatchAttributes(
            compression: self.compression,
            timestampType: self.timestampType,
            isTransactional: self.isTransactional,
            isControlBatch: self.isControlBatch,
            hasDeleteHorizon: self.deleteHorizonMs != nil
        )
        let maxTimestamp = self.timestampType == .logAppendTime ? self.logAppendTime : self.maxTimestamp
        var batch = allocator.buffer(capacity: size)
        batch.writeInteger(self.baseOffset)
        batch.writeInteger(Int32(size - RecordBatch.logOverhead))
        batch.writeInteger(self.partitionLeaderEpoch)
        batch.writeInteger(RecordBatch.currentMagic)
        batch.writeInteger(UInt32(0))  // CRC, set below once the covered bytes are written
        batch.writeInteger(attributes.rawValue)
        batch.writeInteger(self.isEmpty ? Int32(0) : self.lastOffsetDelta)
        batch.writeInteger(self.deleteHorizonMs ?? self.baseTimestamp ?? -1)
        batch.writeInteger(maxTimestamp)
        batch.writeInteger(self.producerId)
        batch.writeInteger(self.producerEpoch)
        batch.writeInteger(self.baseSequence)
        batch.writeInteger(self.recordCount)
        batch.writeImmutableBuffer(payload)
        let crc = batch.withUnsafeReadableBytes { bytes in
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[RecordBatch.attributesOffset...]))
        }
        batch.setInteger(crc, at: batch.readerIndex + RecordBatch.crcOffset)
        return batch
    }
}
