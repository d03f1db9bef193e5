/// Two log dirs' `meta.properties` name different clusters (Kafka InconsistentClusterIdException.java).
public struct InconsistentClusterIdError: Error, Equatable, Sendable, CustomStringConvertible {
    public var clusterIds: [String: String]

    public init(clusterIds: [String: String]) {
        self.clusterIds = clusterIds
    }

    public var description: String {
        let pairs = self.clusterIds.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return "log dirs belong to different clusters: \(pairs.joined(separator: ", "))"
    }
}
