import NIOCore

/// Iterates the records of one legacy entry: the entry itself when uncompressed, else the inner
/// messages of the decompressed wrapper, which `LegacyRecordBatch.records` has already checked.
public struct LegacyRecordIterator: Sendable {
    var single: LegacyRecord?
    var inner: ByteBuffer
    var remaining: Int
    /// Added to magic-1 relative inner offsets; nil for magic 0, whose inner offsets are absolute.
    let absoluteBaseOffset: Int64?
    let wrapper: LegacyRecordBatch?

    init(single: LegacyRecord) {
        self.single = single
        self.inner = ByteBuffer()
        self.remaining = 1
        self.absoluteBaseOffset = nil
        self.wrapper = nil
    }

    init(inner: ByteBuffer, count: Int, absoluteBaseOffset: Int64?, wrapper: LegacyRecordBatch) {
        self.single = nil
        self.inner = inner
        self.remaining = count
        self.absoluteBaseOffset = absoluteBaseOffset
        self.wrapper = wrapper
    }

    /// Records not yet returned.
    public var remainingCount: Int { self.remaining }

    /// The next record, or nil after the last.
    /// - Throws: `ProtocolDecodingError` if an inner message does not decode; that cannot happen
    ///   for an iterator from `LegacyRecordBatch.records`, which checked them all.
    public mutating func next() throws -> LegacyRecord? {
        if let single = self.single {
            self.single = nil
            self.remaining = 0
            return single
        }
        guard self.remaining > 0, self.inner.readableBytes > 0 else { return nil }
        var cursor = self.inner
        let entry = try LegacyRecordBatch.read(from: &cursor)
        let offset = self.absoluteBaseOffset.map { $0 &+ entry.offset } ?? entry.offset
        self.inner = cursor
        self.remaining -= 1
        return entry.record(offset: offset, wrapper: self.wrapper)
    }
}
