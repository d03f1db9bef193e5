import NIOCore

/// The control record that ends a transaction on a partition (Kafka EndTransactionMarker.java).
///
/// Its key is a `ControlRecordType` key (ABORT or COMMIT); its value is `version int16` (0) then
/// `coordinatorEpoch int32`, the epoch of the transaction coordinator that wrote it, which
/// lets the broker fence markers from a stale coordinator.
public struct EndTransactionMarker: Hashable, Sendable {
    /// `.abort` or `.commit`.
    public var type: ControlRecordType
    public var coordinatorEpoch: Int32

    /// The value version this code writes.
    public static let currentValueVersion: Int16 = 0
    /// Size of a version-0 value.
    public static let valueSize = 6

    /// - Precondition: `type` is `.abort` or `.commit`.
    public init(type: ControlRecordType, coordinatorEpoch: Int32) {
        precondition(type == .abort || type == .commit, "an end transaction marker is ABORT or COMMIT, not \(type)")
        self.type = type
        self.coordinatorEpoch = coordinatorEpoch
    }

    /// Decodes a marker from a control record's key and value. Later value versions are read as
    /// version 0 (Kafka EndTransactionMarker.java `deserializeValue`).
    /// - Throws: `ProtocolDecodingError` when the key is not ABORT or COMMIT, the value is null or
    ///   shorter than 6 bytes, or its version is negative.
    public init(key: ByteBuffer?, value: ByteBuffer?) throws {
        let type = try ControlRecordType(key: key)
        guard type == .abort || type == .commit else {
            throw ProtocolDecodingError.invalidValue(
                what: "end transaction marker", reason: "control type \(type) is neither ABORT nor COMMIT")
        }
        guard let value else {
            throw ProtocolDecodingError.invalidLength(what: "end transaction marker value", length: -1)
        }
        guard value.readableBytes >= Self.valueSize,
            let version = value.getInteger(at: value.readerIndex, as: Int16.self),
            let coordinatorEpoch = value.getInteger(at: value.readerIndex + 2, as: Int32.self)
        else {
            throw ProtocolDecodingError.truncated(
                what: "end transaction marker value", needed: Self.valueSize, available: value.readableBytes)
        }
        guard version >= 0 else {
            throw ProtocolDecodingError.unsupportedVersion(what: "end transaction marker value", version: version)
        }
        self.type = type
        self.coordinatorEpoch = coordinatorEpoch
    }

    /// Decodes a marker from a record of a control batch.
    public init(record: Record) throws {
        try self.init(key: record.key, value: record.value)
    }

    public func encodeKey(allocator: ByteBufferAllocator = ByteBufferAllocator()) -> ByteBuffer {
        self.type.encodeKey(allocator: allocator)
    }

    public func encodeValue(allocator: ByteBufferAllocator = ByteBufferAllocator()) -> ByteBuffer {
        var value = allocator.buffer(capacity: Self.valueSize)
        value.writeInteger(Self.currentValueVersion)
        value.writeInteger(self.coordinatorEpoch)
        return value
    }

    /// A control batch holding only this marker: transactional, control, uncompressed, no
    /// sequence (Kafka MemoryRecords.java `withEndTransactionMarker`).
    public func encodeBatch(
        baseOffset: Int64,
        timestamp: Int64,
        partitionLeaderEpoch: Int32,
        producerId: Int64,
        producerEpoch: Int16,
        allocator: ByteBufferAllocator = ByteBufferAllocator()
    ) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset,
            partitionLeaderEpoch: partitionLeaderEpoch,
            producerId: producerId,
            producerEpoch: producerEpoch,
            baseSequence: -1,
            isTransactional: true,
            isControlBatch: true,
            allocator: allocator
        )
        try builder.append(
            timestamp: timestamp, key: self.encodeKey(allocator: allocator),
            value: self.encodeValue(allocator: allocator))
        return try builder.build(allocator: allocator)
    }
}
