import NIOCore

// Kafka's protocol primitive types (https://kafka.apache.org/protocol#protocol_types), as read and
// write helpers that the generated message code calls. `flexible` selects the compact encodings
// (unsigned-varint length + 1, 0 meaning null) that flexible message versions use (KIP-482).

extension ByteBuffer {
    /// Reads a big-endian fixed-width integer.
    @inlinable
    public mutating func readKafkaInteger<T: FixedWidthInteger>(
        as type: T.Type = T.self, _ what: @autoclosure () -> String
    ) throws -> T {
        guard let value = self.readInteger(as: T.self) else {
            throw ProtocolDecodingError.truncated(
                what: what(), needed: MemoryLayout<T>.size, available: self.readableBytes)
        }
        return value
    }

    @inlinable
    public mutating func readKafkaBool(_ what: @autoclosure () -> String) throws -> Bool {
        try self.readKafkaInteger(as: UInt8.self, what()) != 0
    }

    @inlinable
    public mutating func writeKafkaBool(_ value: Bool) {
        self.writeInteger(UInt8(value ? 1 : 0))
    }

    @inlinable
    public mutating func readKafkaFloat64(_ what: @autoclosure () -> String) throws -> Double {
        Double(bitPattern: try self.readKafkaInteger(as: UInt64.self, what()))
    }

    @inlinable
    public mutating func writeKafkaFloat64(_ value: Double) {
        self.writeInteger(value.bitPattern)
    }

    @inlinable
    public mutating func readKafkaUuid(_ what: @autoclosure () -> String) throws -> Uuid {
        guard self.readableBytes >= 16 else {
            throw ProtocolDecodingError.truncated(what: what(), needed: 16, available: self.readableBytes)
        }
        let high = self.readInteger(as: UInt64.self)!
        let low = self.readInteger(as: UInt64.self)!
        return Uuid(mostSignificantBits: high, leastSignificantBits: low)
    }

    @inlinable
    public mutating func writeKafkaUuid(_ value: Uuid) {
        self.writeInteger(value.mostSignificantBits)
        self.writeInteger(value.leastSignificantBits)
    }

    // MARK: Lengths

    /// Reads a length prefix: INT16 for strings, INT32 for bytes/arrays, or an unsigned varint
    /// holding length + 1 in flexible versions. Returns nil for null (-1, or 0 in compact form).
    /// - Throws: when the prefix is truncated, below -1, or larger than the bytes left (for byte
    ///   payloads) so that a hostile length never causes a large allocation.
    @inlinable
    public mutating func readKafkaLength(
        flexible: Bool, wide: Bool, minimumElementSize: Int, _ what: @autoclosure () -> String
    ) throws -> Int? {
        let length: Int64
        if flexible {
            let raw = try self.readUnsignedVarint(what())
            length = Int64(raw) - 1
        } else if wide {
            length = Int64(try self.readKafkaInteger(as: Int32.self, what()))
        } else {
            length = Int64(try self.readKafkaInteger(as: Int16.self, what()))
        }
        if length == -1 { return nil }
        guard length >= 0, length * Int64(max(minimumElementSize, 0)) <= Int64(self.readableBytes) else {
            throw ProtocolDecodingError.invalidLength(what: what(), length: length)
        }
        return Int(length)
    }

    @inlinable
    public mutating func writeKafkaLength(_ length: Int?, flexible: Bool, wide: Bool) {
        if flexible {
            self.writeUnsignedVarint(UInt32(truncatingIfNeeded: (length ?? -1) + 1))
        } else if wide {
            self.writeInteger(Int32(truncatingIfNeeded: length ?? -1))
        } else {
            self.writeInteger(Int16(truncatingIfNeeded: length ?? -1))
        }
    }

    // MARK: Strings

    /// Reads a (compact) nullable string; null comes back as nil.
    @inlinable
    public mutating func readKafkaNullableString(flexible: Bool, _ what: @autoclosure () -> String) throws -> String? {
        guard let length = try self.readKafkaLength(flexible: flexible, wide: false, minimumElementSize: 1, what())
        else { return nil }
        guard let string = self.readString(length: length) else {
            throw ProtocolDecodingError.truncated(what: what(), needed: length, available: self.readableBytes)
        }
        return string
    }

    /// Reads a (compact) string that must not be null.
    @inlinable
    public mutating func readKafkaString(flexible: Bool, _ what: @autoclosure () -> String) throws -> String {
        guard let string = try self.readKafkaNullableString(flexible: flexible, what()) else {
            throw ProtocolDecodingError.invalidLength(what: what(), length: -1)
        }
        return string
    }

    /// Writes a (compact) nullable string. Non-flexible strings are limited to 32767 bytes.
    @inlinable
    public mutating func writeKafkaString(_ value: String?, flexible: Bool, _ what: @autoclosure () -> String) throws {
        guard let value else {
            self.writeKafkaLength(nil, flexible: flexible, wide: false)
            return
        }
        let size = value.utf8.count
        if !flexible && size > Int(Int16.max) {
            throw ProtocolEncodingError.valueTooLarge(what: what(), size: size)
        }
        self.writeKafkaLength(size, flexible: flexible, wide: false)
        self.writeString(value)
    }

    // MARK: Bytes

    /// Reads (compact) nullable bytes as a slice of this buffer (no copy).
    @inlinable
    public mutating func readKafkaNullableBytes(flexible: Bool, _ what: @autoclosure () -> String) throws -> ByteBuffer? {
        guard let length = try self.readKafkaLength(flexible: flexible, wide: true, minimumElementSize: 1, what())
        else { return nil }
        return self.readSlice(length: length)!
    }

    @inlinable
    public mutating func readKafkaBytes(flexible: Bool, _ what: @autoclosure () -> String) throws -> ByteBuffer {
        guard let bytes = try self.readKafkaNullableBytes(flexible: flexible, what()) else {
            throw ProtocolDecodingError.invalidLength(what: what(), length: -1)
        }
        return bytes
    }

    @inlinable
    public mutating func writeKafkaBytes(_ value: ByteBuffer?, flexible: Bool) {
        guard let value else {
            self.writeKafkaLength(nil, flexible: flexible, wide: true)
            return
        }
        self.writeKafkaLength(value.readableBytes, flexible: flexible, wide: true)
        self.writeImmutableBuffer(value)
    }

    // MARK: Arrays

    /// Reads a (compact) array length; nil for a null array. `minimumElementSize` bounds the
    /// count by the bytes left, so a forged count cannot make the decoder reserve huge arrays.
    @inlinable
    public mutating func readKafkaArrayCount(
        flexible: Bool, minimumElementSize: Int, _ what: @autoclosure () -> String
    ) throws -> Int? {
        try self.readKafkaLength(flexible: flexible, wide: true, minimumElementSize: minimumElementSize, what())
    }

    @inlinable
    public mutating func writeKafkaArrayCount(_ count: Int?, flexible: Bool) {
        self.writeKafkaLength(count, flexible: flexible, wide: true)
    }
}
