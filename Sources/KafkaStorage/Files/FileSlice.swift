import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A region of a segment file returned by a read: what a Fetch response sends with sendfile
/// (Kafka FileRecords.java `slice`).
///
/// The slice keeps the file open, so it stays valid while the log rolls or deletes the segment.
/// It may end inside a batch, as Kafka's fetch responses may; consumers skip the partial tail.
public struct FileSlice: Sendable {
    /// The segment file.
    public let file: FileRecords
    /// Byte position of the slice in the file.
    public let position: Int
    /// Length in bytes.
    public let length: Int

    /// Copies the slice into a new buffer.
    /// - Throws: `StorageIOError`.
    public func read(allocator: ByteBufferAllocator = ByteBufferAllocator()) throws -> ByteBuffer {
        try self.file.read(at: self.position, length: self.length, allocator: allocator)
    }

    /// A `FileRegion` over the slice, on a duplicate of the file's descriptor so that it can outlive
    /// this slice. The caller owns the region's `fileHandle` and must close it once the region
    /// has been written (NIO asserts on an unclosed handle).
    /// - Throws: `StorageIOError` when the descriptor cannot be duplicated.
    public func makeFileRegion() throws -> FileRegion {
        let duplicate = dup(self.file.descriptor)
        guard duplicate >= 0 else { throw StorageIOError.lastError("dup", path: self.file.path) }
        let handle = NIOFileHandle(_deprecatedTakingOwnershipOfDescriptor: duplicate)
        return FileRegion(fileHandle: handle, readerIndex: self.position, endIndex: self.position + self.length)
    }
}
