import NIOCore

/// A tagged field as raw bytes: how a generated struct keeps tags it does not know (KIP-482).
public struct TaggedField: Equatable, Sendable {
    public var tag: UInt32
    public var data: ByteBuffer

    public init(tag: UInt32, data: ByteBuffer) {
        self.tag = tag
        self.data = data
    }
}

extension ByteBuffer {
    /// Reads one tagged field's tag and size-prefixed data (a slice, no copy).
    @inlinable
    public mutating func readTaggedField(_ what: @autoclosure () -> String) throws -> (tag: UInt32, data: ByteBuffer) {
        let tag = try self.readUnsignedVarint(what())
        let size = Int(try self.readUnsignedVarint(what()))
        guard let data = self.readSlice(length: size) else {
            throw ProtocolDecodingError.truncated(what: "\(what()) tag \(tag)", needed: size, available: self.readableBytes)
        }
        return (tag, data)
    }

    /// Reads a tagged-field section whose tags are all unknown to the caller.
    @inlinable
    public mutating func readTaggedFields(into unknown: inout [TaggedField], _ what: @autoclosure () -> String) throws {
        let count = try self.readUnsignedVarint(what())
        for _ in 0..<count {
            let (tag, data) = try self.readTaggedField(what())
            unknown.append(TaggedField(tag: tag, data: data))
        }
    }
}
