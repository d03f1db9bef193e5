/// A segment's `.index`: a sparse map from offsets to byte positions in the `.log` file (Kafka
/// OffsetIndex.java).
///
/// Each 8-byte entry is `relativeOffset int32` (offset minus the segment's base offset) then
/// `position int32`, big-endian, both rising strictly. Lookups find the last entry at or below an
/// offset, from which a short scan of the log finds the batch.
final class OffsetIndex {
    static let entrySize = 8
    /// Entries in the last 8 KiB of an index are searched first: that part stays in the page cache
    /// (Kafka AbstractIndex.java `warmEntries`).
    static let warmBytes = 8192

    let baseOffset: Int64
    let file: IndexFile
    /// The offset of the last entry, or the base offset when empty.
    private(set) var lastOffset: Int64

    /// Opens or creates the index at `path`.
    /// - Throws: `StorageIOError`.
    init(path: String, baseOffset: Int64, maxIndexSize: Int) throws {
        self.baseOffset = baseOffset
        self.file = try IndexFile(path: path, entrySize: Self.entrySize, maxIndexSize: maxIndexSize)
        self.lastOffset = baseOffset
        self.lastOffset = self.file.entries == 0 ? baseOffset : self.entry(at: self.file.entries - 1).offset
    }

    var entries: Int { self.file.entries }
    var isFull: Bool { self.file.isFull }
    var path: String { self.file.path }

    /// The entry in `slot`: absolute offset and position.
    func entry(at slot: Int) -> (offset: Int64, position: Int) {
        let byte = slot * Self.entrySize
        let relative = self.file.loadInt32(at: byte)
        let position = self.file.loadInt32(at: byte + 4)
        return (self.baseOffset + Int64(relative), Int(position))
    }

    /// Adds an entry for `offset` at `position`.
    /// - Throws: `InvalidOffsetError` when the index is full, `offset` is not above the last entry
    ///   or does not fit a relative offset (Kafka OffsetIndex.java `append`).
    func append(offset: Int64, position: Int) throws {
        guard self.file.entries == 0 || offset > self.lastOffset else {
            throw InvalidOffsetError(
                offset: offset,
                reason:
                    "index entry \(self.file.entries) is no larger than the last offset \(self.lastOffset) in \(self.path)"
            )
        }
        let relative = offset - self.baseOffset
        guard relative >= 0, relative <= Int64(Int32.max), position >= 0, position <= Int(Int32.max) else {
            throw InvalidOffsetError(offset: offset, reason: "does not fit the index of segment \(self.baseOffset)")
        }
        guard let byte = self.file.reserveEntry() else {
            throw InvalidOffsetError(offset: offset, reason: "index \(self.path) is full")
        }
        self.file.storeInt32(Int32(relative), at: byte)
        self.file.storeInt32(Int32(position), at: byte + 4)
        self.file.commitEntry()
        self.lastOffset = offset
    }

    /// The last entry at or below `targetOffset`, or `(baseOffset, 0)` when there is none (Kafka
    /// OffsetIndex.java `lookup`).
    func lookup(_ targetOffset: Int64) -> (offset: Int64, position: Int) {
        guard let slot = self.largestLowerBoundSlot(for: targetOffset) else { return (self.baseOffset, 0) }
        return self.entry(at: slot)
    }

    /// Slot of the last entry whose offset is at most `target`, searching the warm tail first
    /// (Kafka AbstractIndex.java `indexSlotRangeFor`).
    func largestLowerBoundSlot(for target: Int64) -> Int? {
        let entries = self.file.entries
        guard entries > 0 else { return nil }
        let firstHot = max(0, entries - 1 - Self.warmBytes / Self.entrySize)
        if self.entry(at: firstHot).offset < target {
            return self.binarySearch(target, low: firstHot, high: entries - 1)
        }
        if self.entry(at: 0).offset > target { return nil }
        return self.binarySearch(target, low: 0, high: firstHot)
    }

    private func binarySearch(_ target: Int64, low: Int, high: Int) -> Int {
        var low = low
        var high = high
        while low < high {
            let middle = (low + high + 1) >> 1
            let found = self.entry(at: middle).offset
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

    /// Removes the entries at or above `offset` (Kafka OffsetIndex.java `truncateTo`).
    func truncate(to offset: Int64) {
        let keep: Int
        if let slot = self.largestLowerBoundSlot(for: offset) {
            keep = self.entry(at: slot).offset == offset ? slot : slot + 1
        } else {
            keep = 0
        }
        self.truncate(toEntries: keep)
    }

    /// Keeps the first `count` entries.
    func truncate(toEntries count: Int) {
        self.file.truncate(toEntries: count)
        self.lastOffset = self.file.entries == 0 ? self.baseOffset : self.entry(at: self.file.entries - 1).offset
    }

    /// Checks what Kafka checks on load (OffsetIndex.java `sanityCheck`) plus the order of the entries
    /// and that positions stay inside the log.
    /// - Parameter logSize: the `.log` file's size.
    /// - Throws: `CorruptIndexError`.
    func sanityCheck(logSize: Int) throws {
        guard self.file.length % Self.entrySize == 0 else {
            throw CorruptIndexError(path: self.path, reason: "length \(self.file.length) is not a multiple of 8")
        }
        guard self.file.entries == 0 || self.lastOffset >= self.baseOffset else {
            throw CorruptIndexError(
                path: self.path, reason: "last offset \(self.lastOffset) is below the base offset \(self.baseOffset)")
        }
        var previous: (offset: Int64, position: Int)? = nil
        for slot in 0..<self.file.entries {
            let entry = self.entry(at: slot)
            if let previous, entry.offset <= previous.offset || entry.position <= previous.position {
                throw CorruptIndexError(path: self.path, reason: "entry \(slot) does not rise above entry \(slot - 1)")
            }
            guard entry.position < max(logSize, 1) else {
                throw CorruptIndexError(
                    path: self.path, reason: "entry \(slot) points past the log at \(entry.position)")
            }
            previous = entry
        }
    }

    /// Drops every entry and preallocates the file again (Kafka AbstractIndex.java `reset`).
    /// - Throws: `StorageIOError`.
    func reset(maxIndexSize: Int) throws {
        self.truncate(toEntries: 0)
        try self.file.resize(maxIndexSize)
    }
}
