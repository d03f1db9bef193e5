import NIOCore

// Header rewrites of a legacy entry (Kafka AbstractLegacyRecordBatch.java
// `ByteBufferLegacyRecordBatch.setLastOffset`, `setMaxTimestamp`), for tools that rewrite old
// segments; the broker writes only magic 2.

extension LegacyRecordBatch {
    /// Sets the entry's offset (the last offset, for a wrapper); the CRC does not cover it.
    public mutating func setOffset(_ offset: Int64) {
        self.buffer.setInteger(offset, at: self.buffer.readerIndex + Self.offsetOffset)
    }

    /// Sets a magic-1 entry's timestamp and timestamp type, then recomputes the CRC-32; does
    /// nothing when both already hold these values.
    /// - Throws: `ProtocolDecodingError.invalidValue` for magic 0, which has no timestamp.
    public mutating func setMaxTimestamp(_ timestamp: Int64, timestampType: TimestampType) throws {
        guard self.magic > 0 else {
            throw ProtocolDecodingError.invalidValue(what: "legacy message", reason: "magic 0 has no timestamp")
        }
        guard self.timestamp != timestamp || self.timestampType != timestampType else { return }
        let start = self.buffer.readerIndex
        var attributes = self.attributes & ~0x08
        if timestampType == .logAppendTime {
            attributes |= 0x08
        }
        self.buffer.setInteger(attributes, at: start + Self.attributesOffset)
        self.buffer.setInteger(timestamp, at: start + Self.timestampOffset)
        self.buffer.setInteger(self.computeChecksum(), at: start + Self.crcOffset)
    }
}
