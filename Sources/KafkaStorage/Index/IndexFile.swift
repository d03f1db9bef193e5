#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The memory-mapped file under an offset or time index: fixed-size entries, preallocated to the
/// maximum index size while the segment is active and trimmed to the entries when it is not
/// (Kafka AbstractIndex.java).
///
/// A new file is created at `maxIndexSize` rounded down to whole entries. An existing file is
/// assumed valid up to its length rounded down to whole entries, as Kafka assumes; recovery
/// rebuilds it when that is wrong. Owned by one segment; mutated only under its log's lock.
final class IndexFile {
    let entrySize: Int
    private(set) var path: String
    private var descriptor: Int32
    private var mapping: UnsafeMutableRawPointer?
    /// Length of the file and of the mapping, in bytes.
    private(set) var length: Int
    /// Entries in use.
    private(set) var entries: Int

    /// Opens or creates the index file at `path`.
    /// - Parameter maxIndexSize: the size a new file is preallocated to.
    /// - Throws: `StorageIOError`.
    init(path: String, entrySize: Int, maxIndexSize: Int) throws {
        self.entrySize = entrySize
        self.path = path
        let existed = FileSystem.exists(path)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StorageIOError.lastError("open", path: path) }
        self.descriptor = descriptor
        self.mapping = nil
        self.length = 0
        self.entries = 0
        if existed {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                let error = StorageIOError.lastError("fstat", path: path)
                close(descriptor)
                throw error
            }
            let fileLength = Int(status.st_size)
            do {
                try self.remap(length: fileLength)
            } catch {
                close(descriptor)
                throw error
            }
            // Kafka AbstractIndex.createMappedBuffer: a pre-existing index is assumed valid to its end.
            self.entries = fileLength / entrySize
        } else {
            do {
                try self.resizeFile(to: Self.roundDown(maxIndexSize, to: entrySize))
            } catch {
                close(descriptor)
                throw error
            }
        }
    }

    deinit {
        self.unmap()
        close(self.descriptor)
    }

    static func roundDown(_ value: Int, to multiple: Int) -> Int {
        value / multiple * multiple
    }

    /// Entries the file can hold at its current length.
    var maxEntries: Int { self.length / self.entrySize }

    var isFull: Bool { self.entries >= self.maxEntries }

    private func unmap() {
        if let mapping = self.mapping {
            munmap(mapping, self.length)
            self.mapping = nil
        }
    }

    private func remap(length: Int) throws {
        self.unmap()
        self.length = length
        guard length > 0 else { return }
        guard let mapping = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_SHARED, self.descriptor, 0),
            mapping != MAP_FAILED
        else {
            self.length = 0
            throw StorageIOError.lastError("mmap", path: self.path)
        }
        self.mapping = mapping
    }

    private func resizeFile(to newLength: Int) throws {
        self.unmap()
        guard ftruncate(self.descriptor, off_t(newLength)) == 0 else {
            throw StorageIOError.lastError("ftruncate", path: self.path)
        }
        try self.remap(length: newLength)
    }

    /// Sets the file length to `newSize` rounded down to whole entries, keeping the entries that
    /// still fit (Kafka AbstractIndex.java `resize`).
    /// - Returns: whether the length changed.
    /// - Throws: `StorageIOError`.
    @discardableResult
    func resize(_ newSize: Int) throws -> Bool {
        let rounded = Self.roundDown(max(newSize, 0), to: self.entrySize)
        guard rounded != self.length else { return false }
        try self.resizeFile(to: rounded)
        self.entries = min(self.entries, self.maxEntries)
        return true
    }

    /// Trims the file to the entries in use (Kafka `trimToValidSize`), done when a segment stops
    /// being the active one and on close.
    /// - Throws: `StorageIOError`.
    func trimToValidSize() throws {
        try self.resize(self.entries * self.entrySize)
    }

    /// Drops entries from `count` on, zeroing them so that a later preallocated open does not
    /// see stale ones.
    func truncate(toEntries count: Int) {
        let count = max(0, min(count, self.entries))
        if let mapping = self.mapping, count < self.entries {
            (mapping + count * self.entrySize).initializeMemory(
                as: UInt8.self, repeating: 0, count: (self.entries - count) * self.entrySize)
        }
        self.entries = count
    }

    /// Makes room for one more entry and returns its byte position, or nil when the file is full.
    func reserveEntry() -> Int? {
        guard self.entries < self.maxEntries else { return nil }
        return self.entries * self.entrySize
    }

    /// Counts the entry written at the position `reserveEntry` gave.
    func commitEntry() {
        self.entries += 1
    }

    func loadInt32(at position: Int) -> Int32 {
        guard let mapping = self.mapping, position + 4 <= self.length else { return 0 }
        return Int32(bigEndian: mapping.loadUnaligned(fromByteOffset: position, as: Int32.self))
    }

    func loadInt64(at position: Int) -> Int64 {
        guard let mapping = self.mapping, position + 8 <= self.length else { return 0 }
        return Int64(bigEndian: mapping.loadUnaligned(fromByteOffset: position, as: Int64.self))
    }

    func storeInt32(_ value: Int32, at position: Int) {
        guard let mapping = self.mapping, position + 4 <= self.length else { return }
        mapping.storeBytes(of: value.bigEndian, toByteOffset: position, as: Int32.self)
    }

    func storeInt64(_ value: Int64, at position: Int) {
        guard let mapping = self.mapping, position + 8 <= self.length else { return }
        mapping.storeBytes(of: value.bigEndian, toByteOffset: position, as: Int64.self)
    }

    /// The bytes of the entries in use, for tests and tools.
    func entryBytes() -> [UInt8] {
        guard let mapping = self.mapping else { return [] }
        let count = self.entries * self.entrySize
        return Array(UnsafeRawBufferPointer(start: mapping, count: count))
    }

    /// Forces the mapped pages to disk (Kafka `MappedByteBuffer.force`).
    /// - Throws: `StorageIOError`.
    func flush() throws {
        guard let mapping = self.mapping else { return }
        guard msync(mapping, self.length, MS_SYNC) == 0 else {
            throw StorageIOError.lastError("msync", path: self.path)
        }
    }

    /// Renames the file, keeping the mapping.
    /// - Throws: `StorageIOError`.
    func rename(to newPath: String) throws {
        try FileSystem.rename(self.path, to: newPath)
        self.path = newPath
    }

    /// Removes the file; the mapping lives until this object goes away.
    /// - Throws: `StorageIOError`.
    func delete() throws {
        try FileSystem.removeFile(self.path)
    }
}
