/// A segment's `.timeindex`: a sparse map from timestamps to offsets (Kafka TimeIndex.java).
///
/// Each 12-byte entry is `timestamp int64` then `relativeOffset int32`, big-endian. An entry is
/// added only when the segment's max timestamp so far has grown, so both fields rise. The last
/// slot is kept free for the entry written when the segment stops being active.
final class TimeIndex {
    static let entrySize = 12
    /// Kafka `RecordBatch.NO_TIMESTAMP`.
    static let noTimestamp: Int64 = -1

    let baseOffset: Int64
    let file: IndexFile
    /// The last entry, or `(-1, baseOffset)` when empty.
    private(set) var lastEntry: (timestamp: Int64, offset: Int64)

    /// Opens or creates the index at `path`.
    /// - Throws: `StorageIOError`.
    init(path: String, baseOffset: Int64, maxIndexSize: Int) throws {
        self.baseOffset = baseOffset
        self.file = try IndexFile(path: path, entrySize: Self.entrySize, maxIndexSize: maxIndexSize)
        self.lastEntry = (Self.noTimestamp, baseOffset)
        self.lastEntry = self.computeLastEntry()
    }

    private func computeLastEntry() -> (timestamp: Int64, offset: Int64) {
        self.file.entries == 0 ? (Self.noTimestamp, self.baseOffset) : self.entry(at: self.file.entries - 1)
    }

    var entries: Int { self.file.entries }
    var path: String { self.file.path }

    /// Full one entry early: the last slot is for the final entry (Kafka TimeIndex.java `isFull`).
    var isFull: Bool { self.file.entries >= self.file.maxEntries - 1 }

    func entry(at slot: Int) -> (timestamp: Int64, offset: Int64) {
        let byte = slot * Self.entrySize
        let timestamp = self.file.loadInt64(at: byte)
        let relative = self.file.loadInt32(at: byte + 8)
        return (timestamp, self.baseOffset + Int64(relative))
    }

    /// Adds `(timestamp, offset)` if `timestamp` is above the last entry's (Kafka TimeIndex.java
    /// `maybeAppend`).
    /// - Parameter skipFullCheck: true for the final entry of a segment, which may take the last slot.
    /// - Throws: `InvalidOffsetError` when the index is full or the entry would go backwards.
    func maybeAppend(timestamp: Int64, offset: Int64, skipFullCheck: Bool = false) throws {
        if !skipFullCheck && self.isFull {
            throw InvalidOffsetError(offset: offset, reason: "time index \(self.path) is full")
        }
        guard self.file.entries == 0 || offset >= self.lastEntry.offset else {
            throw InvalidOffsetError(
                offset: offset, reason: "below the last time index offset \(self.lastEntry.offset) in \(self.path)")
        }
        guard self.file.entries == 0 || timestamp >= self.lastEntry.timestamp else {
            throw InvalidOffsetError(
                offset: offset,
                reason: "timestamp \(timestamp) below the last time index timestamp \(self.lastEntry.timestamp)")
        }
        guard timestamp > self.lastEntry.timestamp else { return }
        let relative = offset - self.baseOffset
        guard relative >= 0, relative <= Int64(Int32.max) else {
            throw InvalidOffsetError(
                offset: offset, reason: "does not fit the time index of segment \(self.baseOffset)")
        }
        guard let byte = self.file.reserveEntry() else {
            throw InvalidOffsetError(offset: offset, reason: "time index \(self.path) is full")
        }
        self.file.storeInt64(timestamp, at: byte)
        self.file.storeInt32(Int32(relative), at: byte + 8)
        self.file.commitEntry()
        self.lastEntry = (timestamp, offset)
    }

    /// The last entry whose timestamp is at most `targetTimestamp`, or `(-1, baseOffset)` (Kafka
    /// TimeIndex.java `lookup`).
    func lookup(_ targetTimestamp: Int64) -> (timestamp: Int64, offset: Int64) {
        guard let slot = self.largestLowerBoundSlot(for: targetTimestamp, byOffset: false) else {
            return (Self.noTimestamp, self.baseOffset)
        }
        return self.entry(at: slot)
    }

    private func key(_ slot: Int, byOffset: Bool) -> Int64 {
        let entry = self.entry(at: slot)
        return byOffset ? entry.offset : entry.timestamp
    }

    /// Slot of the last entry whose timestamp (or offset) is at most `target` (Kafka
    /// AbstractIndex.java `indexSlotRangeFor`).
    func largestLowerBoundSlot(for target: Int64, byOffset: Bool) -> Int? {
        let entries = self.file.entries
        guard entries > 0 else { return nil }
        let firstHot = max(0, entries - 1 - OffsetIndex.warmBytes / Self.entrySize)
        var low: Int
        var high: Int
        if self.key(firstHot, byOffset: byOffset) < target {
            low = firstHot
            high = entries - 1
        } else {
            if self.key(0, byOffset: byOffset) > target { return nil }
            low = 0
            high = firstHot
        }
        while low < high {
            let middle = (low + high + 1) >> 1
            let found = self.key(middle, byOffset: byOffset)
            if found == target {
                return middle
            } else if found < target {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }

    /// Removes the entries whose offset is at or above `offset` (Kafka TimeIndex.java `truncateTo`).
    func truncate(to offset: Int64) {
        let keep: Int
        if let slot = self.largestLowerBoundSlot(for: offset, byOffset: true) {
            keep = self.entry(at: slot).offset == offset ? slot : slot + 1
        } else {
            keep = 0
        }
        self.truncate(toEntries: keep)
    }

    func truncate(toEntries count: Int) {
        self.file.truncate(toEntries: count)
        self.lastEntry = self.computeLastEntry()
    }

    /// Checks what Kafka checks on load (TimeIndex.java `sanityCheck`) plus the order of the entries.
    /// - Throws: `CorruptIndexError`.
    func sanityCheck() throws {
        guard self.file.length % Self.entrySize == 0 else {
            throw CorruptIndexError(path: self.path, reason: "length \(self.file.length) is not a multiple of 12")
        }
        guard self.file.entries > 0 else { return }
        guard self.lastEntry.offset >= self.baseOffset else {
            throw CorruptIndexError(
                path: self.path,
                reason: "last offset \(self.lastEntry.offset) is below the base offset \(self.baseOffset)")
        }
        var previous = self.entry(at: 0)
        for slot in 1..<self.file.entries {
            let entry = self.entry(at: slot)
            guard entry.timestamp > previous.timestamp, entry.offset >= previous.offset else {
                throw CorruptIndexError(path: self.path, reason: "entry \(slot) does not rise above entry \(slot - 1)")
            }
            previous = entry
        }
    }

    /// Drops every entry and preallocates the file again.
    /// - Throws: `StorageIOError`.
    func reset(maxIndexSize: Int) throws {
        self.truncate(toEntries: 0)
        try self.file.resize(maxIndexSize)
    }
}
