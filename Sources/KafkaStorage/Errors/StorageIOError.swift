#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A system call on a log file or directory failed (Kafka KafkaStorageException.java, error
/// KAFKA_STORAGE_ERROR).
public struct StorageIOError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The call, e.g. "pwrite".
    public var operation: String
    public var path: String
    /// The `errno` value, 0 when the failure was not a system call's (a short read, say).
    public var errorNumber: Int32

    public init(operation: String, path: String, errorNumber: Int32) {
        self.operation = operation
        self.path = path
        self.errorNumber = errorNumber
    }

    /// An error for the failed call `operation`, reading the current `errno`.
    static func lastError(_ operation: String, path: String) -> StorageIOError {
        StorageIOError(operation: operation, path: path, errorNumber: errno)
    }

    public var description: String {
        if self.errorNumber == 0 {
            return "\(self.operation) failed on \(self.path)"
        }
        return "\(self.operation) failed on \(self.path): \(String(cString: strerror(self.errorNumber)))"
    }
}
