import KafkaProtocol
import NIOCore

/// One entry of an offset index (`.index`): a record offset relative to the segment's base offset
/// and the byte position of the batch holding it in the `.log` file.
///
/// On disk: int32 relative offset, int32 position, big-endian, 8 bytes, no header (Kafka
/// OffsetIndex.java: `relativeOffset(buffer, n)` at `n * 8`, `physical(buffer, n)` at `n * 8 + 4`).
public struct OffsetIndexEntry: Hashable, Sendable {
    /// Bytes per entry.
    public static let size = 8

    /// The offset minus the segment's base offset.
    public var relativeOffset: Int32
    /// Bytes from the start of the `.log` file to the batch.
    public var position: Int32

    public init(relativeOffset: Int32, position: Int32) {
        self.relativeOffset = relativeOffset
        self.position = position
    }

    /// The absolute offset of this entry in a segment starting at `baseOffset`.
    public func offset(baseOffset: Int64) -> Int64 {
        baseOffset &+ Int64(self.relativeOffset)
    }

    /// Appends the 8 bytes of this entry.
    public func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(self.relativeOffset)
        buffer.writeInteger(self.position)
    }

    /// Reads one entry; on failure the reader index does not move.
    ///
    /// - Throws: `ProtocolDecodingError.truncated` when fewer than 8 bytes remain.
    public static func read(from buffer: inout ByteBuffer) throws -> OffsetIndexEntry {
        guard let relativeOffset = buffer.getInteger(at: buffer.readerIndex, as: Int32.self),
            let position = buffer.getInteger(at: buffer.readerIndex + 4, as: Int32.self)
        else {
            throw ProtocolDecodingError.truncated(
                what: "offset index entry", needed: Self.size, available: buffer.readableBytes)
        }
        buffer.moveReaderIndex(forwardBy: Self.size)
        return OffsetIndexEntry(relativeOffset: relativeOffset, position: position)
    }

    /// The entries of a whole index file's bytes (the readable bytes of `bytes`).
    ///
    /// A partial entry at the end is ignored, as Kafka rounds the index size down to a whole number
    /// of entries (AbstractIndex.java `roundDownToExactMultiple`). Index files are preallocated and
    /// sparse, so after a crash the tail is zeros; like kafka-dump-log (DumpLogSegments.scala
    /// `dumpIndex`) decoding stops at the first entry after the first whose relative offset is 0,
    /// because offsets in an index strictly increase and only the first can be the base offset.
    public static func entries(in bytes: ByteBuffer) -> [OffsetIndexEntry] {
        var buffer = bytes
        var entries: [OffsetIndexEntry] = []
        entries.reserveCapacity(buffer.readableBytes / Self.size)
        while buffer.readableBytes >= Self.size, let entry = try? Self.read(from: &buffer) {
            if entry.relativeOffset == 0 && !entries.isEmpty {
                break
            }
            entries.append(entry)
        }
        return entries
    }
}
