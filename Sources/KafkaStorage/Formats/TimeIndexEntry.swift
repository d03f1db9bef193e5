import KafkaProtocol
import NIOCore

/// One entry of a time index (`.timeindex`): a timestamp and the relative offset of the first record
/// at or after which the segment's timestamps reach it.
///
/// On disk: int64 timestamp (ms), int32 offset relative to the segment's base offset, big-endian,
/// 12 bytes, no header (Kafka TimeIndex.java: `timestamp(buffer, n)` at `n * 12`,
/// `relativeOffset(buffer, n)` at `n * 12 + 8`).
public struct TimeIndexEntry: Hashable, Sendable {
    /// Bytes per entry.
    public static let size = 12

    /// Milliseconds since the epoch (the largest record timestamp so far in the segment).
    public var timestamp: Int64
    /// The offset minus the segment's base offset.
    public var relativeOffset: Int32

    public init(timestamp: Int64, relativeOffset: Int32) {
        self.timestamp = timestamp
        self.relativeOffset = relativeOffset
    }

    /// The absolute offset of this entry in a segment starting at `baseOffset`.
    public func offset(baseOffset: Int64) -> Int64 {
        baseOffset &+ Int64(self.relativeOffset)
    }

    /// Appends the 12 bytes of this entry.
    public func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(self.timestamp)
        buffer.writeInteger(self.relativeOffset)
    }

    /// Reads one entry; on failure the reader index does not move.
    ///
    /// - Throws: `ProtocolDecodingError.truncated` when fewer than 12 bytes remain.
    public static func read(from buffer: inout ByteBuffer) throws -> TimeIndexEntry {
        guard let timestamp = buffer.getInteger(at: buffer.readerIndex, as: Int64.self),
            let relativeOffset = buffer.getInteger(at: buffer.readerIndex + 8, as: Int32.self)
        else {
            throw ProtocolDecodingError.truncated(
                what: "time index entry", needed: Self.size, available: buffer.readableBytes)
        }
        buffer.moveReaderIndex(forwardBy: Self.size)
        return TimeIndexEntry(timestamp: timestamp, relativeOffset: relativeOffset)
    }

    /// The entries of a whole time index file's bytes (the readable bytes of `bytes`).
    ///
    /// A partial entry at the end is ignored (AbstractIndex.java `roundDownToExactMultiple`), and, as
    /// kafka-dump-log does (DumpLogSegments.scala `dumpTimeIndex`), decoding stops at the first entry
    /// after the first whose relative offset is 0: the zero-filled tail of a preallocated index.
    public static func entries(in bytes: ByteBuffer) -> [TimeIndexEntry] {
        var buffer = bytes
        var entries: [TimeIndexEntry] = []
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
