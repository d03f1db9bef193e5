import Foundation

/// A log dir's `meta.properties` (Kafka MetaProperties.java, KRaft version 1): `version`,
/// `cluster.id`, `node.id` and `directory.id`, written by `kafka-storage.sh format`.
public struct MetaProperties: Hashable, Sendable {
    public static let fileName = "meta.properties"

    public var version: Int
    public var clusterId: String
    public var nodeId: Int32
    public var directoryId: String?

    public init(version: Int = 1, clusterId: String, nodeId: Int32, directoryId: String? = nil) {
        self.version = version
        self.clusterId = clusterId
        self.nodeId = nodeId
        self.directoryId = directoryId
    }

    /// Reads `<logDir>/meta.properties`; nil when it does not exist.
    /// - Throws: `StorageIOError`, `CorruptCheckpointError` when a required key is missing.
    public static func read(logDir: String) throws -> MetaProperties? {
        let path = logDir + "/" + Self.fileName
        guard let text = try FileSystem.readText(path) else { return nil }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            values[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
        }
        guard let versionText = values["version"], let version = Int(versionText) else {
            throw CorruptCheckpointError(path: path, reason: "missing version")
        }
        guard let clusterId = values["cluster.id"] else {
            throw CorruptCheckpointError(path: path, reason: "missing cluster.id")
        }
        guard let nodeText = values["node.id"] ?? values["broker.id"], let nodeId = Int32(nodeText) else {
            throw CorruptCheckpointError(path: path, reason: "missing node.id")
        }
        return MetaProperties(
            version: version, clusterId: clusterId, nodeId: nodeId, directoryId: values["directory.id"])
    }

    /// Writes `<logDir>/meta.properties` atomically, in Kafka's key order with its comment header.
    /// - Throws: `StorageIOError`.
    public func write(logDir: String) throws {
        var text = "#\n#\(Date())\n"
        text += "cluster.id=\(self.clusterId)\n"
        if let directoryId = self.directoryId { text += "directory.id=\(directoryId)\n" }
        text += "node.id=\(self.nodeId)\n"
        text += "version=\(self.version)\n"
        try FileSystem.writeAtomically(text, to: logDir + "/" + Self.fileName)
    }
}
