import NIOCore

/// Where generated messages encode themselves: a buffer plus the file regions spliced into it.
///
/// A fetch response's records may live in a segment file; instead of copying them through user
/// space, `writeRecords` notes a `FileRegion` at the current position, and the network layer sends
/// `parts` (bytes, file, bytes, ...) with sendfile. Everything else is plain `buffer` bytes.
public struct ProtocolWriter: Sendable {
    public var buffer: ByteBuffer
    /// File regions to insert, each before the byte at `position` of `buffer`, in order.
    public private(set) var fileRegions: [(position: Int, region: FileRegion)] = []

    public init(buffer: ByteBuffer = ByteBuffer()) {
        self.buffer = buffer
    }

    /// Writes a (compact) nullable records field.
    @inlinable
    public mutating func writeRecords(_ records: Records?, flexible: Bool) {
        switch records {
        case nil:
            self.buffer.writeKafkaLength(nil, flexible: flexible, wide: true)
        case .bytes(let bytes):
            self.buffer.writeKafkaBytes(bytes, flexible: flexible)
        case .fileRegion(let region):
            self.buffer.writeKafkaLength(region.readableBytes, flexible: flexible, wide: true)
            self.appendFileRegion(region)
        }
    }

    @usableFromInline
    mutating func appendFileRegion(_ region: FileRegion) {
        self.fileRegions.append((self.buffer.writerIndex, region))
    }

    /// Writes a tagged-field section: the known fields and the unknown ones merged in tag order.
    @inlinable
    public mutating func writeTaggedFields(_ known: [TaggedField], unknown: [TaggedField]) {
        if known.isEmpty && unknown.isEmpty {
            self.buffer.writeInteger(UInt8(0))
            return
        }
        var all = known + unknown
        if all.count > 1 { all.sort { $0.tag < $1.tag } }
        self.buffer.writeUnsignedVarint(UInt32(all.count))
        for field in all {
            self.buffer.writeUnsignedVarint(field.tag)
            self.buffer.writeUnsignedVarint(UInt32(field.data.readableBytes))
            self.buffer.writeImmutableBuffer(field.data)
        }
    }

    /// The encoded bytes, interleaved with file regions, in sending order.
    public var parts: [IOData] {
        var result: [IOData] = []
        var start = self.buffer.readerIndex
        for (position, region) in self.fileRegions {
            if position > start { result.append(.byteBuffer(self.buffer.getSlice(at: start, length: position - start)!)) }
            result.append(.fileRegion(region))
            start = position
        }
        if self.buffer.writerIndex > start {
            result.append(.byteBuffer(self.buffer.getSlice(at: start, length: self.buffer.writerIndex - start)!))
        }
        return result
    }

    /// Total bytes that `parts` will send.
    public var totalBytes: Int {
        self.buffer.readableBytes + self.fileRegions.reduce(0) { $0 + $1.region.readableBytes }
    }

    /// The encoded bytes as one buffer.
    /// - Throws: `ProtocolEncodingError.valueTooLarge` naming the records when file regions were
    ///   written: they can only be sent, not copied here.
    public func contiguousBuffer() throws -> ByteBuffer {
        guard self.fileRegions.isEmpty else {
            throw ProtocolEncodingError.valueTooLarge(what: "file-backed records in a contiguous buffer", size: self.totalBytes)
        }
        return self.buffer
    }
}
