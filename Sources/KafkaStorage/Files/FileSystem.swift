import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file and directory calls the log needs, as thin throwing wrappers over the system calls.
enum FileSystem {
    /// Renames `path` to `newPath`, replacing it atomically if it exists.
    /// - Throws: `StorageIOError`.
    static func rename(_ path: String, to newPath: String) throws {
        guard Foundation.rename(path, newPath) == 0 else {
            throw StorageIOError.lastError("rename to \(newPath)", path: path)
        }
    }

    /// Removes a file; a missing file is not an error.
    /// - Throws: `StorageIOError`.
    static func removeFile(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw StorageIOError.lastError("unlink", path: path)
        }
    }

    /// Removes a directory and everything in it; a missing directory is not an error.
    /// - Throws: `StorageIOError`.
    static func removeTree(_ path: String) throws {
        guard Self.exists(path) else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw StorageIOError(operation: "remove \(error)", path: path, errorNumber: 0)
        }
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates a directory and its parents when missing.
    /// - Throws: `StorageIOError`.
    static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw StorageIOError(operation: "mkdir \(error)", path: path, errorNumber: 0)
        }
    }

    /// The names in a directory, sorted.
    /// - Throws: `StorageIOError`.
    static func list(_ path: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw StorageIOError(operation: "list \(error)", path: path, errorNumber: 0)
        }
    }

    /// Forces a directory's entries (creations, renames, removals) to disk (Kafka Utils.java
    /// `flushDir`).
    /// - Throws: `StorageIOError`.
    static func syncDirectory(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageIOError.lastError("open", path: path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw StorageIOError.lastError("fsync", path: path) }
    }

    /// Replaces the file at `path` with `contents` atomically: a temporary file beside it is written
    /// and forced to disk, renamed over `path`, and the directory is forced (Kafka
    /// CheckpointFile.java `write`, Utils.java `atomicMoveWithFallback`).
    /// - Throws: `StorageIOError`.
    static func writeAtomically(_ contents: String, to path: String) throws {
        try Self.writeAtomically(Array(contents.utf8), to: path)
    }

    /// Replaces the file at `path` with `bytes` atomically; see the `String` form.
    /// - Throws: `StorageIOError`.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StorageIOError.lastError("open", path: temporary) }
        var failure: StorageIOError?
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let result = write(descriptor, raw.baseAddress.map { $0 + done }, raw.count - done)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = StorageIOError.lastError("write", path: temporary)
                    return
                }
                done += result
            }
        }
        if failure == nil && fsync(descriptor) != 0 {
            failure = StorageIOError.lastError("fsync", path: temporary)
        }
        close(descriptor)
        if let failure { throw failure }
        try Self.rename(temporary, to: path)
        try Self.syncDirectory(Self.parent(of: path))
    }

    /// Reads a whole small file as UTF-8 text; nil when it does not exist.
    /// - Throws: `StorageIOError` when it exists but cannot be read.
    static func readText(_ path: String) throws -> String? {
        guard Self.exists(path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StorageIOError(operation: "read", path: path, errorNumber: 0)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The directory part of a path.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[path.startIndex..<slash])
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
