import NIOCore

/// A segment's `.txnindex`: the aborted transactions whose ABORT marker is in the segment, in
/// marker order, so that read-committed fetches can skip their records (Kafka
/// TransactionIndex.java). The file is created on the first entry, as in Kafka.
final class TransactionIndex {
    let baseOffset: Int64
    private(set) var path: String
    private var file: FileRecords?
    private(set) var entries: [AbortedTransaction]

    /// Opens the index at `path` if it exists.
    /// - Throws: `StorageIOError`, or `CorruptIndexError` for a bad entry.
    init(path: String, baseOffset: Int64) throws {
        self.baseOffset = baseOffset
        self.path = path
        self.entries = []
        if FileSystem.exists(path) {
            let file = try FileRecords(path: path, create: false)
            self.file = file
            do {
                self.entries = try AbortedTransaction.entries(in: try file.read(at: 0, length: file.size))
            } catch {
                throw CorruptIndexError(path: path, reason: "\(error)")
            }
        }
    }

    /// Appends an entry (Kafka TransactionIndex.java `append`).
    /// - Throws: `InvalidOffsetError` when its last offset is not above the previous entry's;
    ///   `StorageIOError`.
    func append(_ entry: AbortedTransaction) throws {
        if let last = self.entries.last, entry.lastOffset <= last.lastOffset {
            throw InvalidOffsetError(
                offset: entry.lastOffset,
                reason: "aborted transaction end not above the previous one \(last.lastOffset) in \(self.path)")
        }
        let file = try self.openFile()
        var bytes = ByteBuffer()
        bytes.reserveCapacity(AbortedTransaction.size)
        entry.write(to: &bytes)
        try file.append(bytes)
        self.entries.append(entry)
    }

    private func openFile() throws -> FileRecords {
        if let file = self.file { return file }
        let file = try FileRecords(path: self.path, create: true)
        try file.truncate(to: 0)
        self.file = file
        return file
    }

    /// Aborted transactions overlapping `[fetchOffset, upperBoundOffset)`, and whether the search
    /// may stop here: an entry whose last stable offset reaches the bound means no later segment
    /// holds more (Kafka TransactionIndex.java `collectAbortedTxns`).
    func collectAborted(fetchOffset: Int64, upperBoundOffset: Int64) -> (entries: [AbortedTransaction], complete: Bool)
    {
        var found: [AbortedTransaction] = []
        for entry in self.entries where entry.lastOffset >= fetchOffset && entry.firstOffset < upperBoundOffset {
            found.append(entry)
            if entry.lastStableOffset >= upperBoundOffset { return (found, true) }
        }
        return (found, false)
    }

    /// Removes entries whose marker is at or above `offset`.
    /// - Throws: `StorageIOError`.
    func truncate(to offset: Int64) throws {
        guard let index = self.entries.firstIndex(where: { $0.lastOffset >= offset }) else { return }
        self.entries.removeSubrange(index...)
        try self.file?.truncate(to: index * AbortedTransaction.size)
    }

    /// Removes every entry.
    /// - Throws: `StorageIOError`.
    func reset() throws {
        self.entries.removeAll()
        try self.file?.truncate(to: 0)
    }

    /// Every entry must end inside this segment (Kafka TransactionIndex.java `sanityCheck`).
    /// - Throws: `CorruptIndexError`.
    func sanityCheck() throws {
        for entry in self.entries where entry.lastOffset < self.baseOffset {
            throw CorruptIndexError(
                path: self.path, reason: "aborted transaction ends at \(entry.lastOffset), before \(self.baseOffset)")
        }
        if let file = self.file, file.size % AbortedTransaction.size != 0 {
            throw CorruptIndexError(path: self.path, reason: "length \(file.size) is not a multiple of 34")
        }
    }

    /// - Throws: `StorageIOError`.
    func flush() throws {
        try self.file?.flush()
    }

    /// Renames the file if it exists, and the name it will be created under otherwise.
    /// - Throws: `StorageIOError`.
    func rename(to newPath: String) throws {
        if let file = self.file { try file.rename(to: newPath) }
        self.path = newPath
    }

    /// - Throws: `StorageIOError`.
    func delete() throws {
        try FileSystem.removeFile(self.path)
    }
}
