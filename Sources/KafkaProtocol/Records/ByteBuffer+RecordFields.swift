import NIOCore

// The variable-length fields inside magic-2 records (Kafka DefaultRecord.java): byte strings
// prefixed by a zigzag varint length, where -1 means null. Legacy messages (Kafka LegacyRecord.java)
// use an int32 length instead.

extension ByteBuffer {
    /// Reads varint-length-prefixed bytes as a slice (no copy); -1 is null.
    /// - Throws: `ProtocolDecodingError` for a bad varint, a length below -1 or past the end; the
    ///   reader index does not move on failure.
    mutating func readRecordNullableBytes(_ what: @autoclosure () -> String) throws -> ByteBuffer? {
        var cursor = self
        let length = try cursor.readVarint(what())
        if length == -1 {
            self = cursor
            return nil
        }
        guard length >= 0 else {
            throw ProtocolDecodingError.invalidLength(what: what(), length: Int64(length))
        }
        guard let bytes = cursor.readSlice(length: Int(length)) else {
            throw ProtocolDecodingError.truncated(what: what(), needed: Int(length), available: cursor.readableBytes)
        }
        self = cursor
        return bytes
    }

    /// Skips varint-length-prefixed bytes, checking the length; `nullable` false makes -1 an
    /// error, as for header keys. The reader index does not move on failure.
    mutating func skipRecordBytes(nullable: Bool, _ what: @autoclosure () -> String) throws {
        var cursor = self
        let length = try cursor.readVarint(what())
        guard length >= 0 || (nullable && length == -1) else {
            throw ProtocolDecodingError.invalidLength(what: what(), length: Int64(length))
        }
        if length > 0 {
            guard cursor.readableBytes >= Int(length) else {
                throw ProtocolDecodingError.truncated(
                    what: what(), needed: Int(length), available: cursor.readableBytes)
            }
            cursor.moveReaderIndex(forwardBy: Int(length))
        }
        self = cursor
    }

    /// Writes bytes with a varint length prefix, -1 for nil.
    mutating func writeRecordNullableBytes(_ value: ByteBuffer?) {
        guard let value else {
            self.writeVarint(-1)
            return
        }
        self.writeVarint(Int32(truncatingIfNeeded: value.readableBytes))
        self.writeImmutableBuffer(value)
    }

    /// Reads int32-length-prefixed bytes (-1 null) as a slice; the reader index does not move on failure.
    mutating func readLegacyNullableBytes(_ what: @autoclosure () -> String) throws -> ByteBuffer? {
        var cursor = self
        let length = try cursor.readKafkaInteger(as: Int32.self, what())
        if length == -1 {
            self = cursor
            return nil
        }
        guard length >= 0 else {
            throw ProtocolDecodingError.invalidLength(what: what(), length: Int64(length))
        }
        guard let bytes = cursor.readSlice(length: Int(length)) else {
            throw ProtocolDecodingError.truncated(what: what(), needed: Int(length), available: cursor.readableBytes)
        }
        self = cursor
        return bytes
    }
}

/// Encoded sizes of record fields, for writing a record's length before the record.
enum RecordFieldSize {
    static func nullableBytes(_ length: Int?) -> Int {
        guard let length else { return 1 }
        return VarintSize.signed(Int64(length)) + length
    }
}
