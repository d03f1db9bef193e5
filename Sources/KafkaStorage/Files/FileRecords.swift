import KafkaProtocol
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A segment's `.log` file: record batches appended at the end, read by position (Kafka
/// FileRecords.java).
///
/// The file descriptor stays open until the last reference goes away, so a `FileSlice` handed to
/// a reader stays readable after the segment is rolled, renamed `.deleted` or removed, as a Java
/// `FileChannel` does. Only the owning `PartitionLog` mutates it, under its lock; reads with
/// `pread` are safe from any thread.
public final class FileRecords: @unchecked Sendable {
    let descriptor: Int32
    /// The current path; changes on rename.
    public private(set) var path: String
    /// Bytes in the file that belong to the log.
    public private(set) var size: Int

    /// Opens (or creates) the file at `path`, positioned at its end.
    /// - Throws: `StorageIOError` when it cannot be opened or sized.
    init(path: String, create: Bool) throws {
        let flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw StorageIOError.lastError("open", path: path) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let error = StorageIOError.lastError("fstat", path: path)
            close(descriptor)
            throw error
        }
        self.descriptor = descriptor
        self.path = path
        self.size = Int(status.st_size)
    }

    deinit {
        close(self.descriptor)
    }

    /// Writes the readable bytes of `buffer` at the end of the file. No copy: the bytes go from the
    /// buffer to the kernel.
    /// - Throws: `StorageIOError`; the file may then hold part of the bytes, which `truncate`
    ///   removes.
    func append(_ buffer: ByteBuffer) throws {
        let written = try buffer.withUnsafeReadableBytes { bytes in
            try self.writeFully(bytes, at: self.size)
        }
        self.size += written
    }

    /// Writes batches at the end of the file with replaced headers: batch `i` is the 61 bytes at
    /// `headers[61 * i...]` followed by its bytes from 61 on, taken from `body` at its position.
    /// The body goes from the buffer to the kernel without a copy, in one `pwritev` per 1024 pieces.
    /// - Throws: `StorageIOError`; the file may then hold part of the bytes.
    func appendBatches(headers: [UInt8], body: ByteBuffer, batches: [(position: Int, size: Int)]) throws {
        let headerSize = RecordBatch.headerSize
        var total = 0
        try headers.withUnsafeBytes { headerBytes in
            try body.withUnsafeReadableBytes { bodyBytes in
                guard let headerBase = headerBytes.baseAddress, let bodyBase = bodyBytes.baseAddress else { return }
                var pieces: [iovec] = []
                pieces.reserveCapacity(batches.count * 2)
                for (index, batch) in batches.enumerated() {
                    guard batch.size >= headerSize, batch.position + batch.size <= bodyBytes.count,
                        (index + 1) * headerSize <= headerBytes.count
                    else {
                        throw CorruptRecordError(reason: "batch at \(batch.position) does not fit the buffer")
                    }
                    pieces.append(
                        iovec(
                            iov_base: UnsafeMutableRawPointer(mutating: headerBase + index * headerSize),
                            iov_len: headerSize))
                    if batch.size > headerSize {
                        pieces.append(
                            iovec(
                                iov_base: UnsafeMutableRawPointer(mutating: bodyBase + batch.position + headerSize),
                                iov_len: batch.size - headerSize))
                    }
                    total += batch.size
                }
                var next = 0
                var position = self.size
                while next < pieces.count {
                    let count = min(1024, pieces.count - next)
                    let written = pieces.withUnsafeBufferPointer { all in
                        pwritev(self.descriptor, all.baseAddress.map { $0 + next }, Int32(count), off_t(position))
                    }
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw StorageIOError.lastError("pwritev", path: self.path)
                    }
                    guard written > 0 else {
                        throw StorageIOError(operation: "pwritev wrote nothing", path: self.path, errorNumber: 0)
                    }
                    position += written
                    var remaining = written
                    while remaining > 0 && next < pieces.count {
                        if remaining >= pieces[next].iov_len {
                            remaining -= pieces[next].iov_len
                            next += 1
                        } else {
                            pieces[next].iov_base = pieces[next].iov_base.map { $0 + remaining }
                            pieces[next].iov_len -= remaining
                            remaining = 0
                        }
                    }
                }
            }
        }
        self.size += total
    }

    private func writeFully(_ bytes: UnsafeRawBufferPointer, at position: Int) throws -> Int {
        var done = 0
        while done < bytes.count {
            let result = pwrite(
                self.descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(position + done))
            if result < 0 {
                if errno == EINTR { continue }
                throw StorageIOError.lastError("pwrite", path: self.path)
            }
            done += result
        }
        return done
    }

    /// Reads `length` bytes at `position` into `buffer`'s writable end.
    /// - Returns: the bytes read, fewer than `length` only at the end of the file.
    /// - Throws: `StorageIOError`.
    @discardableResult
    func read(into buffer: inout ByteBuffer, at position: Int, length: Int) throws -> Int {
        guard length > 0 else { return 0 }
        buffer.reserveCapacity(minimumWritableBytes: length)
        let count = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { bytes in
            var done = 0
            while done < length {
                let result = pread(
                    self.descriptor, bytes.baseAddress.map { $0 + done }, length - done, off_t(position + done))
                if result < 0 {
                    if errno == EINTR { continue }
                    throw StorageIOError.lastError("pread", path: self.path)
                }
                if result == 0 { break }
                done += result
            }
            return done
        }
        return count
    }

    /// Reads `length` bytes at `position`; fewer at the end of the file.
    /// - Throws: `StorageIOError`.
    func read(at position: Int, length: Int, allocator: ByteBufferAllocator = ByteBufferAllocator()) throws
        -> ByteBuffer
    {
        var buffer = allocator.buffer(capacity: max(length, 0))
        try self.read(into: &buffer, at: position, length: length)
        return buffer
    }

    /// Cuts the file to `size` bytes (Kafka FileRecords.java `truncateTo`); a larger size does nothing.
    /// - Throws: `StorageIOError`.
    func truncate(to size: Int) throws {
        guard size < self.size || size < self.fileLength() else { return }
        guard ftruncate(self.descriptor, off_t(size)) == 0 else {
            throw StorageIOError.lastError("ftruncate", path: self.path)
        }
        self.size = min(self.size, size)
    }

    /// The file's length on disk, which may exceed `size` while a torn tail is being recovered.
    func fileLength() -> Int {
        var status = stat()
        guard fstat(self.descriptor, &status) == 0 else { return self.size }
        return Int(status.st_size)
    }

    /// The file's modification time in milliseconds since the epoch (Kafka `lastModified`).
    func lastModifiedMs() -> Int64 {
        var status = stat()
        guard fstat(self.descriptor, &status) == 0 else { return 0 }
        #if canImport(Darwin)
            let time = status.st_mtimespec
        #else
            let time = status.st_mtim
        #endif
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }

    /// Sets the modification time (Kafka LogSegment.java `lastModified_=`, used by tests and
    /// retention).
    func setLastModifiedMs(_ milliseconds: Int64) {
        let time = timespec(tv_sec: Int(milliseconds / 1000), tv_nsec: Int(milliseconds % 1000) * 1_000_000)
        let times = [time, time]
        _ = futimens(self.descriptor, times)
    }

    /// Forces the file's data to disk, with the size needed to read it back (Kafka
    /// `FileChannel.force(true)`, which also writes timestamps that recovery never needs; hence
    /// `fdatasync` where there is one).
    /// - Throws: `StorageIOError`.
    func flush() throws {
        #if os(Linux)
            let result = fdatasync(self.descriptor)
        #else
            let result = fsync(self.descriptor)
        #endif
        guard result == 0 else { throw StorageIOError.lastError("fsync", path: self.path) }
    }

    /// Renames the file, keeping it open.
    /// - Throws: `StorageIOError`.
    func rename(to newPath: String) throws {
        try FileSystem.rename(self.path, to: newPath)
        self.path = newPath
    }

    /// Removes the file's name; the descriptor stays usable by whoever holds this object.
    /// - Throws: `StorageIOError` unless the file is already gone.
    func delete() throws {
        try FileSystem.removeFile(self.path)
    }

    /// A slice of the file for a reader.
    func slice(position: Int, length: Int) -> FileSlice {
        FileSlice(file: self, position: position, length: length)
    }
}
