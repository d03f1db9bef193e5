#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a tool writes text: the process's stdout or stderr, or a buffer in tests. Tools take their
/// streams as parameters so tests capture exactly what a user would see.
public protocol ToolOutput: AnyObject {
    /// Appends `text` as is.
    func write(_ text: String)
    /// Pushes buffered text out (a no-op for in-memory outputs).
    func flush()
    /// Appends raw bytes as they are (record keys and values need not be UTF-8).
    func write(bytes: UnsafeRawBufferPointer)
    /// Whether a write failed for good (e.g. the reader of a pipe went away), so a tool that
    /// streams output can stop instead of producing into the void.
    var hasFailed: Bool { get }
}

extension ToolOutput {
    /// Outputs that only hold text take bytes as UTF-8 (invalid sequences become U+FFFD).
    public func write(bytes: UnsafeRawBufferPointer) {
        self.write(String(decoding: bytes, as: UTF8.self))
    }

    public var hasFailed: Bool { false }

    /// Appends `text` and a newline, as Java's `println` does.
    public func line(_ text: String = "") {
        self.write(text + "\n")
    }
}

/// Text written to a file descriptor (1 or 2), buffered up to `capacity` bytes between flushes.
///
/// Not thread-safe: one tool run owns it.
public final class FileDescriptorOutput: ToolOutput {
    /// The descriptor written to.
    public let descriptor: Int32
    private let capacity: Int
    private var buffer: [UInt8] = []
    /// Set when a write failed with anything but EINTR (EPIPE once the reader closed the pipe).
    public private(set) var hasFailed = false

    /// - Parameters:
    ///   - descriptor: an open descriptor, e.g. 1 for stdout.
    ///   - capacity: bytes buffered before a write; 0 writes every call through.
    public init(descriptor: Int32, capacity: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.capacity = capacity
        self.buffer.reserveCapacity(capacity)
    }

    /// Standard output, buffered.
    public static func standardOutput() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 1) }
    /// Standard error, written through so it interleaves with what a user sees as it happens.
    public static func standardError() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 2, capacity: 0) }

    public func write(_ text: String) {
        self.buffer.append(contentsOf: text.utf8)
        if self.buffer.count >= self.capacity {
            self.flush()
        }
    }

    public func write(bytes: UnsafeRawBufferPointer) {
        self.buffer.append(contentsOf: bytes)
        if self.buffer.count >= self.capacity {
            self.flush()
        }
    }

    public func flush() {
        var start = 0
        while start < self.buffer.count {
            let written = self.buffer[start...].withUnsafeBytes { bytes in
                #if canImport(Glibc)
                    Glibc.write(self.descriptor, bytes.baseAddress, bytes.count)
                #else
                    Darwin.write(self.descriptor, bytes.baseAddress, bytes.count)
                #endif
            }
            if written < 0 {
                // Retry an interrupted write; any other failure (a closed pipe) drops the text,
                // since there is nowhere left to report it.
                if errno == EINTR { continue }
                self.hasFailed = true
                break
            }
            start += written
        }
        self.buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        self.flush()
    }
}

/// Text kept in memory, for tests.
public final class CapturedOutput: ToolOutput {
    /// Everything written so far.
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }

    public func flush() {}

    /// The text split into lines; a final newline does not make an extra empty line.
    public var lines: [String] {
        guard !self.text.isEmpty else { return [] }
        var lines = self.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if self.text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }
}
