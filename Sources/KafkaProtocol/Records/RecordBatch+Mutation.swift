import NIOCore

// The header rewrites the broker does on the hot path without re-encoding records (Kafka
// DefaultRecordBatch.java `setLastOffset`, `setPartitionLeaderEpoch`, `setMaxTimestamp`; used by
// LogValidator.java for in-place offset assignment and LogAppendTime).
//
// The instance methods rewrite this view's buffer; if it shares storage with a larger buffer (a
// produce request's records), copy-on-write gives the view its own copy. To rewrite a batch inside
// the larger buffer without a copy, use the static forms with the position that
// `MemoryRecords.BatchIterator.validBytes` reported before the batch.

extension RecordBatch {
    /// Sets `baseOffset`; the CRC does not cover it.
    public mutating func setBaseOffset(_ baseOffset: Int64) {
        self.buffer.setInteger(baseOffset, at: self.buffer.readerIndex + Self.baseOffsetOffset)
    }

    /// Sets `baseOffset` so that `lastOffset` becomes `lastOffset` (Kafka `setLastOffset`).
    public mutating func setLastOffset(_ lastOffset: Int64) {
        self.setBaseOffset(lastOffset &- Int64(self.lastOffsetDelta))
    }

    /// Sets `partitionLeaderEpoch`; the CRC does not cover it.
    public mutating func setPartitionLeaderEpoch(_ epoch: Int32) {
        self.buffer.setInteger(epoch, at: self.buffer.readerIndex + Self.partitionLeaderEpochOffset)
    }

    /// Sets the max timestamp and the timestamp type bit, then recomputes the CRC. Does nothing
    /// when both already hold these values, as Kafka skips the CRC pass then.
    /// - Parameter timestampType: `.createTime` or `.logAppendTime`; `.noTimestampType` is stored
    ///   as create time, since magic 2 has no such type.
    public mutating func setMaxTimestamp(_ timestamp: Int64, timestampType: TimestampType) {
        guard self.maxTimestamp != timestamp || self.timestampType != timestampType else { return }
        var attributes = self.attributes
        attributes.timestampType = timestampType
        let start = self.buffer.readerIndex
        self.buffer.setInteger(attributes.rawValue, at: start + Self.attributesOffset)
        self.buffer.setInteger(timestamp, at: start + Self.maxTimestampOffset)
        self.updateChecksum()
    }

    /// Recomputes the CRC-32C and stores it.
    public mutating func updateChecksum() {
        let crc = self.computeChecksum()
        self.buffer.setInteger(crc, at: self.buffer.readerIndex + Self.crcOffset)
    }

    // MARK: In place inside a larger buffer

    /// Sets the base offset of the batch starting at `index` in `buffer`.
    /// - Throws: `ProtocolDecodingError` when no magic-2 batch header lies at `index`.
    public static func setBaseOffset(_ baseOffset: Int64, in buffer: inout ByteBuffer, batchAt index: Int) throws {
        _ = try Self.checkedBatchLength(in: buffer, at: index)
        buffer.setInteger(baseOffset, at: index + Self.baseOffsetOffset)
    }

    /// Sets the partition leader epoch of the batch starting at `index` in `buffer`.
    /// - Throws: `ProtocolDecodingError` when no magic-2 batch header lies at `index`.
    public static func setPartitionLeaderEpoch(_ epoch: Int32, in buffer: inout ByteBuffer, batchAt index: Int) throws {
        _ = try Self.checkedBatchLength(in: buffer, at: index)
        buffer.setInteger(epoch, at: index + Self.partitionLeaderEpochOffset)
    }

    /// Sets max timestamp and timestamp type of the batch starting at `index` in `buffer`, and
    /// recomputes its CRC; does nothing when both already hold these values.
    /// - Throws: `ProtocolDecodingError` when no whole magic-2 batch lies at `index`.
    public static func setMaxTimestamp(
        _ timestamp: Int64, timestampType: TimestampType, in buffer: inout ByteBuffer, batchAt index: Int
    ) throws {
        let size = try Self.checkedBatchLength(in: buffer, at: index) + Self.logOverhead
        let rawAttributes = buffer.getInteger(at: index + Self.attributesOffset, as: Int16.self) ?? 0
        var attributes = RecordBatchAttributes(rawValue: rawAttributes)
        let current = buffer.getInteger(at: index + Self.maxTimestampOffset, as: Int64.self) ?? 0
        guard current != timestamp || attributes.timestampType != timestampType else { return }
        attributes.timestampType = timestampType
        buffer.setInteger(attributes.rawValue, at: index + Self.attributesOffset)
        buffer.setInteger(timestamp, at: index + Self.maxTimestampOffset)
        try Self.updateChecksum(in: &buffer, batchAt: index, size: size)
    }

    /// Recomputes and stores the CRC-32C of the batch starting at `index` in `buffer`.
    /// - Throws: `ProtocolDecodingError` when no whole magic-2 batch lies at `index`.
    public static func updateChecksum(in buffer: inout ByteBuffer, batchAt index: Int) throws {
        let size = try Self.checkedBatchLength(in: buffer, at: index) + Self.logOverhead
        try Self.updateChecksum(in: &buffer, batchAt: index, size: size)
    }

    private static func updateChecksum(in buffer: inout ByteBuffer, batchAt index: Int, size: Int) throws {
        let covered = index + Self.attributesOffset
        guard let slice = buffer.getSlice(at: covered, length: index + size - covered) else {
            throw ProtocolDecodingError.truncated(
                what: "record batch", needed: size, available: buffer.writerIndex - index)
        }
        buffer.setInteger(CRC32C.checksum(slice), at: index + Self.crcOffset)
    }

    /// The `batchLength` of a whole magic-2 batch at `index`, after checking that its header and
    /// body lie within the readable bytes of `buffer`, so that the setters can never trap.
    private static func checkedBatchLength(in buffer: ByteBuffer, at index: Int) throws -> Int {
        let available = buffer.writerIndex - index
        guard index >= buffer.readerIndex, available >= Self.headerSize else {
            throw ProtocolDecodingError.truncated(
                what: "record batch header", needed: Self.headerSize, available: max(available, 0))
        }
        let magic = buffer.getInteger(at: index + Self.magicOffset, as: Int8.self) ?? -1
        guard magic == Self.currentMagic else {
            throw ProtocolDecodingError.invalidValue(what: "record batch magic", reason: "expected 2, found \(magic)")
        }
        let batchLength = Int(buffer.getInteger(at: index + Self.batchLengthOffset, as: Int32.self) ?? -1)
        guard batchLength + Self.logOverhead >= Self.headerSize, batchLength + Self.logOverhead <= available else {
            throw ProtocolDecodingError.invalidLength(what: "record batch length", length: Int64(batchLength))
        }
        return batchLength
    }
}
