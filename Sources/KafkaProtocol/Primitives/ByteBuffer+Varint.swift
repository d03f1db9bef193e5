import NIOCore

// Kafka's variable-length integers: unsigned LEB128 (`UNSIGNED_VARINT`, used by flexible versions
// for lengths and tags) and zigzag-encoded signed `VARINT`/`VARLONG` (used inside record batches).
// Kafka ByteUtils.java defines the bounds: 5 bytes for 32-bit values, 10 for 64-bit values.

extension ByteBuffer {
    /// Reads an unsigned varint of at most 5 bytes (Kafka `UNSIGNED_VARINT`).
    /// - Throws: `ProtocolDecodingError` when truncated or longer than 5 bytes; the reader index
    ///   does not move on failure.
    @inlinable
    public mutating func readUnsignedVarint(_ what: @autoclosure () -> String = "unsigned varint") throws -> UInt32 {
        let value = try self.readRawVarint(maxBytes: 5, what)
        guard value <= UInt64(UInt32.max) else { throw ProtocolDecodingError.varintTooLong(what: what()) }
        return UInt32(truncatingIfNeeded: value)
    }

    /// Reads an unsigned varint of at most 10 bytes (Kafka `UNSIGNED_VARLONG`).
    @inlinable
    public mutating func readUnsignedVarlong(_ what: @autoclosure () -> String = "unsigned varlong") throws -> UInt64 {
        try self.readRawVarint(maxBytes: 10, what)
    }

    /// Reads a zigzag-encoded signed 32-bit varint (Kafka `VARINT`).
    @inlinable
    public mutating func readVarint(_ what: @autoclosure () -> String = "varint") throws -> Int32 {
        let raw = try self.readUnsignedVarint(what())
        return Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// Reads a zigzag-encoded signed 64-bit varint (Kafka `VARLONG`).
    @inlinable
    public mutating func readVarlong(_ what: @autoclosure () -> String = "varlong") throws -> Int64 {
        let raw = try self.readRawVarint(maxBytes: 10, what)
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    @inlinable
    mutating func readRawVarint(maxBytes: Int, _ what: () -> String) throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var index = self.readerIndex
        let end = self.writerIndex
        for byteNumber in 0..<maxBytes {
            guard index < end, let byte = self.getInteger(at: index, as: UInt8.self) else {
                throw ProtocolDecodingError.truncated(what: what(), needed: byteNumber + 1, available: byteNumber)
            }
            index += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 {
                // The tenth byte of a 64-bit varint may only carry the top bit.
                if byteNumber == 9 && byte > 1 { throw ProtocolDecodingError.varintTooLong(what: what()) }
                self.moveReaderIndex(to: index)
                return result
            }
            shift += 7
        }
        throw ProtocolDecodingError.varintTooLong(what: what())
    }

    /// Writes an unsigned varint (Kafka `UNSIGNED_VARINT`); returns the number of bytes written.
    @inlinable
    @discardableResult
    public mutating func writeUnsignedVarint(_ value: UInt32) -> Int {
        self.writeUnsignedVarlong(UInt64(value))
    }

    /// Writes an unsigned 64-bit varint; returns the number of bytes written.
    @inlinable
    @discardableResult
    public mutating func writeUnsignedVarlong(_ value: UInt64) -> Int {
        var remaining = value
        var written = 0
        while remaining >= 0x80 {
            written += self.writeInteger(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        written += self.writeInteger(UInt8(truncatingIfNeeded: remaining))
        return written
    }

    /// Writes a zigzag-encoded signed 32-bit varint (Kafka `VARINT`).
    @inlinable
    @discardableResult
    public mutating func writeVarint(_ value: Int32) -> Int {
        self.writeUnsignedVarint(UInt32(bitPattern: (value << 1) ^ (value >> 31)))
    }

    /// Writes a zigzag-encoded signed 64-bit varint (Kafka `VARLONG`).
    @inlinable
    @discardableResult
    public mutating func writeVarlong(_ value: Int64) -> Int {
        self.writeUnsignedVarlong(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }
}

/// Sizes of varint encodings, for computing lengths before writing.
public enum VarintSize {
    @inlinable
    public static func unsigned(_ value: UInt64) -> Int {
        var size = 1
        var remaining = value >> 7
        while remaining != 0 {
            size += 1
            remaining >>= 7
        }
        return size
    }

    @inlinable
    public static func signed(_ value: Int64) -> Int {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }
}
