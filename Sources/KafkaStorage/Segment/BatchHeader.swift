import KafkaProtocol
import NIOCore

/// The header fields of one batch in a segment file, read without the records: what offset
/// lookups, recovery and retention need (Kafka FileLogInputStream.java `FileChannelRecordBatch`).
///
/// Magic-2 batches give every field; a legacy (magic 0/1) entry gives its offset, size and
/// timestamp, and reads as an entry without producer state.
struct BatchHeader: Sendable {
    /// Byte position of the batch in its file.
    var position: Int
    var baseOffset: Int64
    /// Total size, log overhead included.
    var size: Int
    var magic: Int8
    var lastOffset: Int64
    var maxTimestamp: Int64
    var partitionLeaderEpoch: Int32

    var nextOffset: Int64 { self.lastOffset + 1 }

    /// Bytes needed to read every field this type has.
    static let readSize = 43
    /// Bytes needed to see the size and magic (Kafka `HEADER_SIZE_UP_TO_MAGIC`).
    static let sizeUpToMagic = 17

    init(
        position: Int, baseOffset: Int64, size: Int, magic: Int8, lastOffset: Int64, maxTimestamp: Int64,
        partitionLeaderEpoch: Int32
    ) {
        self.position = position
        self.baseOffset = baseOffset
        self.size = size
        self.magic = magic
        self.lastOffset = lastOffset
        self.maxTimestamp = maxTimestamp
        self.partitionLeaderEpoch = partitionLeaderEpoch
    }

    /// Parses a header at the reader index of `bytes`, which hold the first bytes of a batch.
    /// - Returns: nil when `bytes` end before the size and magic.
    /// - Throws: `CorruptRecordError` for an impossible size or magic.
    init?(bytes: ByteBuffer, position: Int) throws {
        let start = bytes.readerIndex
        guard bytes.readableBytes >= Self.sizeUpToMagic,
            let baseOffset = bytes.getInteger(at: start, as: Int64.self),
            let length = bytes.getInteger(at: start + 8, as: Int32.self),
            let magic = bytes.getInteger(at: start + 16, as: Int8.self)
        else { return nil }
        self.position = position
        self.baseOffset = baseOffset
        self.size = Int(length) + RecordBatch.logOverhead
        self.magic = magic
        switch magic {
        case RecordBatch.currentMagic:
            guard Int(length) >= RecordBatch.headerSize - RecordBatch.logOverhead else {
                throw CorruptRecordError(reason: "batch at position \(position) has size \(length)")
            }
            guard bytes.readableBytes >= Self.readSize,
                let epoch = bytes.getInteger(at: start + 12, as: Int32.self),
                let lastOffsetDelta = bytes.getInteger(at: start + 23, as: Int32.self),
                let maxTimestamp = bytes.getInteger(at: start + 35, as: Int64.self)
            else { return nil }
            self.partitionLeaderEpoch = epoch
            self.lastOffset = baseOffset &+ Int64(lastOffsetDelta)
            self.maxTimestamp = maxTimestamp
        case 0, 1:
            // A legacy entry's offset field is its (last) offset; magic 1 has a timestamp at 18.
            guard Int(length) >= (magic == 0 ? 14 : 22) else {
                throw CorruptRecordError(reason: "message at position \(position) has size \(length)")
            }
            self.partitionLeaderEpoch = -1
            self.lastOffset = baseOffset
            if magic == 1 {
                guard let timestamp = bytes.getInteger(at: start + 18, as: Int64.self) else { return nil }
                self.maxTimestamp = timestamp
            } else {
                self.maxTimestamp = -1
            }
        default:
            throw CorruptRecordError(reason: "batch at position \(position) has magic \(magic)")
        }
    }
}
