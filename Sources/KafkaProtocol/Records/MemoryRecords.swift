import NIOCore

/// A buffer of concatenated record batches, as in a Produce request, a Fetch response or a log
/// segment (Kafka MemoryRecords.java, ByteBufferLogInputStream.java).
///
/// Iterating dispatches on the magic byte at offset 16 of each batch, so magic-2 batches and
/// legacy entries may be mixed, as in a segment written across a format upgrade.
public struct MemoryRecords: Sendable {
    /// The records; reading starts at its reader index.
    public var buffer: ByteBuffer

    public init(_ buffer: ByteBuffer) {
        self.buffer = buffer
    }

    /// Smallest size field any format allows (Kafka `LegacyRecord.RECORD_OVERHEAD_V0`); anything
    /// smaller is corrupt whatever the magic.
    static let minimumSize = 14
    /// Bytes needed to see the magic byte (Kafka `HEADER_SIZE_UP_TO_MAGIC`).
    static let headerSizeUpToMagic = 17

    /// An iterator over the batches, each a slice of `buffer`.
    /// - Parameter maxBatchSize: the largest batch accepted, log overhead excluded (Kafka's
    ///   `maxMessageSize`); larger size fields are an error rather than a partial batch.
    public func batches(maxBatchSize: Int = Int(Int32.max)) -> BatchIterator {
        BatchIterator(remaining: self.buffer, maxBatchSize: maxBatchSize)
    }

    /// Yields batches until the bytes run out.
    ///
    /// A trailing partial batch (fewer bytes than its size field promises, or too few to read the
    /// size and magic) ends the iteration without error, because a Fetch response may cut its last
    /// batch short (Kafka FetchResponse docs, ByteBufferLogInputStream.java `nextBatch`); check
    /// `remainingBytes` to tell a clean end from a cut one. A size field below the format's minimum
    /// or above `maxBatchSize`, or an unknown magic, is an error: the bytes cannot be a batch.
    public struct BatchIterator: Sendable {
        var remaining: ByteBuffer
        let maxBatchSize: Int
        /// Bytes taken by the whole batches returned so far: the offset, from the start, of the
        /// next batch (Kafka's `validBytes`, where recovery truncates a torn log).
        public private(set) var validBytes = 0

        init(remaining: ByteBuffer, maxBatchSize: Int) {
            self.remaining = remaining
            self.maxBatchSize = maxBatchSize
        }

        /// Bytes not yet returned as batches; after `next()` returns nil, the partial tail.
        public var remainingBytes: Int { self.remaining.readableBytes }

        /// The next batch, nil at the end or before a partial batch. Only framing is checked
        /// (sizes, magic); call `validate` on the batch for CRC and contents. After an error the
        /// iterator stays where it was.
        /// - Throws: `ProtocolDecodingError` for a size below the minimum or above
        ///   `maxBatchSize`, or a magic other than 0, 1, 2.
        public mutating func next() throws -> AnyRecordBatch? {
            let start = self.remaining.readerIndex
            let available = self.remaining.readableBytes
            guard available >= RecordBatch.logOverhead,
                let size = self.remaining.getInteger(at: start + RecordBatch.batchLengthOffset, as: Int32.self)
            else { return nil }
            guard size >= MemoryRecords.minimumSize else {
                throw ProtocolDecodingError.invalidLength(what: "record batch size", length: Int64(size))
            }
            guard Int(size) <= self.maxBatchSize else {
                throw ProtocolDecodingError.invalidLength(what: "record batch size", length: Int64(size))
            }
            guard available >= MemoryRecords.headerSizeUpToMagic,
                let magic = self.remaining.getInteger(at: start + RecordBatch.magicOffset, as: Int8.self)
            else { return nil }
            let minimum: Int
            switch magic {
            case 0, 1: minimum = LegacyRecordBatch.minimumMessageSize(magic: magic)
            case RecordBatch.currentMagic: minimum = RecordBatch.headerSize - RecordBatch.logOverhead
            default:
                throw ProtocolDecodingError.invalidValue(what: "record batch magic", reason: "unknown magic \(magic)")
            }
            guard Int(size) >= minimum else {
                throw ProtocolDecodingError.invalidLength(what: "record batch size", length: Int64(size))
            }
            let total = Int(size) + RecordBatch.logOverhead
            guard available >= total, let slice = self.remaining.getSlice(at: start, length: total) else {
                return nil
            }
            let batch: AnyRecordBatch
            if magic == RecordBatch.currentMagic {
                batch = .magic2(try RecordBatch(slice))
            } else {
                batch = .legacy(try LegacyRecordBatch(slice))
            }
            self.remaining.moveReaderIndex(forwardBy: total)
            self.validBytes += total
            return batch
        }
    }
}
