/// A partition's leader epochs and their start offsets, kept in `leader-epoch-checkpoint` as
/// `epoch startOffset` lines (Kafka LeaderEpochFileCache.java, LeaderEpochCheckpointFile.java).
///
/// Epochs and start offsets both rise. Every change is written to the file at once. Used under the
/// owning log's lock.
final class LeaderEpochFileCache {
    static let fileName = "leader-epoch-checkpoint"

    let checkpoint: CheckpointFile
    private(set) var entries: [EpochEntry]

    /// Loads the cache from `<directory>/leader-epoch-checkpoint`.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError`.
    init(directory: String) throws {
        self.checkpoint = CheckpointFile(path: directory + "/" + Self.fileName)
        self.entries = try self.checkpoint.read(fields: 2).map { fields in
            guard let epoch = Int32(fields[0]), let offset = Int64(fields[1]) else {
                throw CorruptCheckpointError(
                    path: directory + "/" + Self.fileName, reason: "malformed line \"\(fields.joined(separator: " "))\""
                )
            }
            return EpochEntry(epoch: epoch, startOffset: offset)
        }
    }

    var latestEpoch: Int32? { self.entries.last?.epoch }

    /// Records that `epoch` starts at `startOffset` if it is newer than the latest epoch (Kafka
    /// LeaderEpochFileCache.java `assign`); entries it contradicts (same or later start offset)
    /// are dropped.
    /// - Throws: `StorageIOError`.
    func assign(epoch: Int32, startOffset: Int64) throws {
        guard epoch >= 0 else { return }
        if let latest = self.entries.last, latest.epoch >= epoch { return }
        self.entries.removeAll { $0.startOffset >= startOffset }
        self.entries.append(EpochEntry(epoch: epoch, startOffset: startOffset))
        try self.write()
    }

    /// Removes epochs starting at or after `endOffset`, after a truncation (Kafka `truncateFromEnd`).
    /// - Throws: `StorageIOError`.
    func truncateFromEnd(_ endOffset: Int64) throws {
        let before = self.entries.count
        self.entries.removeAll { $0.startOffset >= endOffset }
        if self.entries.count != before { try self.write() }
    }

    /// Drops epochs wholly before `startOffset` and moves the start of the one holding it there,
    /// after the log start offset rises (Kafka `truncateFromStart`).
    /// - Throws: `StorageIOError`.
    func truncateFromStart(_ startOffset: Int64) throws {
        guard let holding = self.entries.lastIndex(where: { $0.startOffset <= startOffset }) else { return }
        guard holding > 0 || self.entries[holding].startOffset != startOffset else { return }
        self.entries.removeFirst(holding)
        self.entries[0].startOffset = startOffset
        try self.write()
    }

    /// Removes every epoch (Kafka `clearAndFlush`), after a full truncation.
    /// - Throws: `StorageIOError`.
    func clear() throws {
        self.entries.removeAll()
        try self.write()
    }

    /// The end offset of `epoch`: the start of the next higher epoch, or `logEndOffset` for the
    /// latest, for OffsetsForLeaderEpoch (Kafka `endOffsetFor`). Nil when `epoch` precedes them all.
    func endOffset(for epoch: Int32, logEndOffset: Int64) -> (epoch: Int32, endOffset: Int64)? {
        guard let first = self.entries.first, epoch >= first.epoch else { return nil }
        if let latest = self.entries.last, epoch >= latest.epoch { return (latest.epoch, logEndOffset) }
        guard let next = self.entries.firstIndex(where: { $0.epoch > epoch }), next > 0 else { return nil }
        return (self.entries[next - 1].epoch, self.entries[next].startOffset)
    }

    private func write() throws {
        try self.checkpoint.write(self.entries.map { "\($0.epoch) \($0.startOffset)" })
    }
}
