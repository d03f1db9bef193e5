import KafkaProtocol
import NIOCore

/// Reads the record batches of a `.log` or `.checkpoint` file one at a time, as Kafka's
/// FileLogInputStream does over a FileRecords slice: stop at a partial batch, fail on a size field
/// below the smallest message.
struct SegmentBatchReader {
    /// Kafka `LOG_OVERHEAD + MAGIC_OFFSET + 1`: bytes needed to see a batch's size and magic.
    static let headerSizeUpToMagic = 17
    /// Kafka `LegacyRecord.RECORD_OVERHEAD_V0`: the smallest size field any format allows.
    static let minimumRecordOverhead = 14

    let file: DumpFile
    /// Where reading stops (exclusive): the file size, or less for `--max-bytes` and index checks.
    let end: Int
    /// Where the next batch starts.
    private(set) var position: Int

    /// Reads `file` from `start` up to `end` bytes in (clamped to the file size).
    init(file: DumpFile, start: Int = 0, end: Int? = nil) {
        self.file = file
        self.position = start
        self.end = min(file.size, end ?? file.size)
    }

    /// The next batch and where it starts, or nil at the end or before a partial batch.
    ///
    /// - Throws: `ToolError` naming the file and position when the bytes cannot be a batch.
    mutating func next() throws -> (batch: AnyRecordBatch, position: Int)? {
        let start = self.position
        // Kafka: `position + HEADER_SIZE_UP_TO_MAGIC >= end` ends the iteration.
        guard start + Self.headerSizeUpToMagic < self.end else { return nil }
        let header = try self.file.read(at: start, count: Self.headerSizeUpToMagic)
        guard let size = header.getInteger(at: header.readerIndex + 8, as: Int32.self) else { return nil }
        guard size >= Self.minimumRecordOverhead else {
            throw ToolError(
                "Found record size \(size) smaller than minimum record overhead (\(Self.minimumRecordOverhead)) "
                    + "in file \(self.file.path) at position \(start).")
        }
        let total = Int(size) + RecordBatch.logOverhead
        guard start <= self.end - total else { return nil }
        let bytes = try self.file.read(at: start, count: total)
        var iterator = MemoryRecords(bytes).batches()
        let batch: AnyRecordBatch?
        do {
            batch = try iterator.next()
        } catch {
            throw ToolError("Corrupt record batch in \(self.file.path) at position \(start): \(error)")
        }
        guard let batch else {
            throw ToolError("Truncated record batch in \(self.file.path) at position \(start)")
        }
        self.position = start + total
        return (batch, start)
    }
}
