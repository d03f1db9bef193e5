import KafkaProtocol
import NIOCore

/// One entry of a transaction index (`.txnindex`): an aborted transaction whose records lie in the
/// segment, so fetches at READ_COMMITTED can tell consumers what to skip.
///
/// On disk, 34 bytes big-endian (Kafka AbortedTxn.java): int16 version (0), int64 producerId,
/// int64 firstOffset, int64 lastOffset, int64 lastStableOffset (the LSO when the abort was written).
public struct AbortedTransaction: Hashable, Sendable {
    /// Bytes per entry (AbortedTxn.java `TOTAL_SIZE`).
    public static let size = 34
    /// The only version Kafka writes or accepts (AbortedTxn.java `CURRENT_VERSION`).
    public static let currentVersion: Int16 = 0

    /// Entry format version.
    public var version: Int16
    /// The producer whose transaction was aborted.
    public var producerId: Int64
    /// The first offset of the transaction.
    public var firstOffset: Int64
    /// The offset of the abort marker.
    public var lastOffset: Int64
    /// The last stable offset at the time the abort completed.
    public var lastStableOffset: Int64

    public init(
        version: Int16 = AbortedTransaction.currentVersion, producerId: Int64, firstOffset: Int64,
        lastOffset: Int64, lastStableOffset: Int64
    ) {
        self.version = version
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.lastStableOffset = lastStableOffset
    }

    /// Appends the 34 bytes of this entry.
    public func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(self.version)
        buffer.writeInteger(self.producerId)
        buffer.writeInteger(self.firstOffset)
        buffer.writeInteger(self.lastOffset)
        buffer.writeInteger(self.lastStableOffset)
    }

    /// Reads one entry of any version; on failure the reader index does not move.
    ///
    /// - Throws: `ProtocolDecodingError.truncated` when fewer than 34 bytes remain.
    public static func read(from buffer: inout ByteBuffer) throws -> AbortedTransaction {
        var copy = buffer
        guard copy.readableBytes >= Self.size,
            let version = copy.readInteger(as: Int16.self),
            let producerId = copy.readInteger(as: Int64.self),
            let firstOffset = copy.readInteger(as: Int64.self),
            let lastOffset = copy.readInteger(as: Int64.self),
            let lastStableOffset = copy.readInteger(as: Int64.self)
        else {
            throw ProtocolDecodingError.truncated(
                what: "aborted transaction", needed: Self.size, available: buffer.readableBytes)
        }
        buffer = copy
        return AbortedTransaction(
            version: version, producerId: producerId, firstOffset: firstOffset, lastOffset: lastOffset,
            lastStableOffset: lastStableOffset)
    }

    /// The entries of a whole transaction index file's bytes.
    ///
    /// Like Kafka's TransactionIndex.java iterator, a partial entry at the end is ignored (it reads
    /// only while a whole entry fits) and an entry of another version is an error.
    ///
    /// - Throws: `UnexpectedAbortedTransactionVersion` with the entry's byte position.
    public static func entries(in bytes: ByteBuffer) throws -> [AbortedTransaction] {
        var buffer = bytes
        var entries: [AbortedTransaction] = []
        while buffer.readableBytes >= Self.size {
            let position = buffer.readerIndex - bytes.readerIndex
            let entry = try Self.read(from: &buffer)
            guard entry.version == Self.currentVersion else {
                throw UnexpectedAbortedTransactionVersion(version: entry.version, position: position)
            }
            entries.append(entry)
        }
        return entries
    }
}
