import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file a tool reads by position (klog-dump reads a segment of any size one batch at a time), or
/// whole (properties files, indexes).
///
/// Owned by one dump; closed on deinit.
final class DumpFile {
    /// The path as given.
    let path: String
    /// Size in bytes when opened.
    let size: Int
    private let descriptor: Int32

    /// Opens `path` for reading.
    ///
    /// - Throws: `ToolError` naming the path and the system's reason.
    init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ToolError("Cannot open \(path): \(Self.lastError())")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = Self.lastError()
            close(descriptor)
            throw ToolError("Cannot read \(path): \(reason)")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw ToolError("Cannot read \(path): not a regular file")
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
    }

    deinit {
        close(self.descriptor)
    }

    /// Whether a regular file exists at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Up to `count` bytes from `position` (fewer at the end of the file).
    ///
    /// - Throws: `ToolError` when the system call fails.
    func read(at position: Int, count: Int) throws -> ByteBuffer {
        let wanted = max(0, min(count, self.size - position))
        var buffer = ByteBuffer()
        guard wanted > 0 else { return buffer }
        var done = 0
        try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { pointer in
            while done < wanted {
                let result = pread(
                    self.descriptor, pointer.baseAddress! + done, wanted - done, off_t(position + done))
                if result < 0 {
                    if errno == EINTR { continue }
                    throw ToolError("Cannot read \(self.path) at position \(position + done): \(Self.lastError())")
                }
                if result == 0 { break }  // the file shrank under us
                done += result
            }
            return done
        }
        return buffer
    }

    /// The whole file.
    func readAll() throws -> ByteBuffer {
        try self.read(at: 0, count: self.size)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }

    /// `path` made absolute against the working directory without resolving `.` or links, as Java's
    /// `File.getAbsolutePath` does.
    static func absolutePath(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let directory = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return directory == "/" ? "/" + path : directory + "/" + path
    }

    /// The last path component (Java `File.getName`).
    static func fileName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// The directory part of `path` made absolute (Java `getAbsoluteFile.getParent`).
    static func absoluteDirectory(_ path: String) -> String {
        let absolute = Self.absolutePath(path)
        guard let slash = absolute.lastIndex(of: "/") else { return "." }
        return slash == absolute.startIndex ? "/" : String(absolute[..<slash])
    }
}
