/// The `.kafka_cleanshutdown` marker at a log dir's root: written after every log was flushed and
/// closed, removed once the logs are loaded again; without it the logs are recovered (Kafka
/// CleanShutdownFileHandler.java). Its content is `{"version":0,"brokerEpoch":N}`.
public struct CleanShutdownFile: Sendable {
    public static let fileName = ".kafka_cleanshutdown"
    public let path: String

    public init(logDir: String) {
        self.path = logDir + "/" + Self.fileName
    }

    public var exists: Bool { FileSystem.exists(self.path) }

    /// Writes the marker atomically.
    /// - Throws: `StorageIOError`.
    public func write(brokerEpoch: Int64 = -1) throws {
        try FileSystem.writeAtomically("{\"version\":0,\"brokerEpoch\":\(brokerEpoch)}", to: self.path)
    }

    /// Removes the marker.
    /// - Throws: `StorageIOError`.
    public func delete() throws {
        try FileSystem.removeFile(self.path)
    }
}
