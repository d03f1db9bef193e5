import NIOCore

/// The value of a `records` field: record batches as bytes, or (when a broker serves a fetch from
/// a segment file) a region of that file to send with sendfile. Decoding always yields `.bytes`.
public enum Records: Sendable, Equatable {
    case bytes(ByteBuffer)
    case fileRegion(FileRegion)

    /// The size of the records in bytes.
    public var byteCount: Int {
        switch self {
        case .bytes(let bytes): return bytes.readableBytes
        case .fileRegion(let region): return region.readableBytes
        }
    }
}

extension ByteBuffer {
    @inlinable
    public mutating func readKafkaNullableRecords(flexible: Bool, _ what: @autoclosure () -> String) throws -> Records? {
        try self.readKafkaNullableBytes(flexible: flexible, what()).map(Records.bytes)
    }

    @inlinable
    public mutating func readKafkaRecords(flexible: Bool, _ what: @autoclosure () -> String) throws -> Records {
        .bytes(try self.readKafkaBytes(flexible: flexible, what()))
    }

    /// Reads a (compact) array whose elements `readElement` decodes; nil for a null array.
    @inlinable
    public mutating func readKafkaNullableArray<Element>(
        flexible: Bool, minimumElementSize: Int, _ what: @autoclosure () -> String,
        _ readElement: (inout ByteBuffer) throws -> Element
    ) throws -> [Element]? {
        guard let count = try self.readKafkaArrayCount(flexible: flexible, minimumElementSize: minimumElementSize, what())
        else { return nil }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try readElement(&self)) }
        return elements
    }

    /// Reads a (compact) array that must not be null.
    @inlinable
    public mutating func readKafkaArray<Element>(
        flexible: Bool, minimumElementSize: Int, _ what: @autoclosure () -> String,
        _ readElement: (inout ByteBuffer) throws -> Element
    ) throws -> [Element] {
        guard
            let elements = try self.readKafkaNullableArray(
                flexible: flexible, minimumElementSize: minimumElementSize, what(), readElement)
        else { throw ProtocolDecodingError.invalidLength(what: what(), length: -1) }
        return elements
    }
}
