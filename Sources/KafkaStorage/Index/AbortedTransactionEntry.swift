import NIOCore

// TODO(issue 3): use Formats/ (AbortedTransaction) once merged.

/// One `.txnindex` entry: an aborted transaction's producer, offset range and the last stable
/// offset when it ended (Kafka AbortedTxn.java). 34 bytes: `version int16` (0), `producerId int64`,
/// `firstOffset int64`, `lastOffset int64`, `lastStableOffset int64`.
public struct AbortedTransactionEntry: Hashable, Sendable {
    public var producerId: Int64
    public var firstOffset: Int64
    /// Offset of the ABORT marker.
    public var lastOffset: Int64
    public var lastStableOffset: Int64

    static let size = 34
    static let currentVersion: Int16 = 0

    public init(producerId: Int64, firstOffset: Int64, lastOffset: Int64, lastStableOffset: Int64) {
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.lastStableOffset = lastStableOffset
    }

    func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(Self.currentVersion)
        buffer.writeInteger(self.producerId)
        buffer.writeInteger(self.firstOffset)
        buffer.writeInteger(self.lastOffset)
        buffer.writeInteger(self.lastStableOffset)
    }

    /// Reads an entry; nil when fewer than 34 bytes remain.
    /// - Throws: `CorruptIndexError` for a version other than 0.
    static func read(from buffer: inout ByteBuffer, path: String) throws -> AbortedTransactionEntry? {
        guard buffer.readableBytes >= Self.size,
            let version = buffer.readInteger(as: Int16.self),
            let producerId = buffer.readInteger(as: Int64.self),
            let firstOffset = buffer.readInteger(as: Int64.self),
            let lastOffset = buffer.readInteger(as: Int64.self),
            let lastStableOffset = buffer.readInteger(as: Int64.self)
        else { return nil }
        guard version == Self.currentVersion else {
            throw CorruptIndexError(path: path, reason: "aborted transaction entry version \(version)")
        }
        return AbortedTransactionEntry(
            producerId: producerId, firstOffset: firstOffset, lastOffset: lastOffset, lastStableOffset: lastStableOffset)
    }
}
