import KafkaProtocol
import KafkaStorage

/// The checks a node makes on its directories before serving (Kafka MetaPropertiesEnsemble):
/// every directory formatted, one cluster id, this node's id; a missing directory.id is written.
enum StorageDirectoryCheck {
    /// Why a node refuses to start on its directories; the messages are Kafka's.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// - Returns: the cluster id the directories agree on.
    static func verify(directories: [String], nodeId: Int32) throws -> String {
        var clusterId: String?
        for directory in directories {
            guard var properties = try MetaProperties.read(logDir: directory) else {
                throw Failure(
                    description:
                        "No `meta.properties` found in \(directory) (have you run `kafka-storage.sh` to format the directory?)")
            }
            if properties.nodeId != nodeId {
                throw Failure(
                    description:
                        "Stored node id \(properties.nodeId) doesn't match previous node id \(nodeId) in \(directory)/meta.properties. If you moved your data, make sure your configured node id matches. If you intend to create a new node, you should remove all data in your data directories.")
            }
            if let expected = clusterId, expected != properties.clusterId {
                throw Failure(
                    description: "Invalid cluster.id in: \(directory)/meta.properties. Expected \(expected), but read \(properties.clusterId)")
            }
            clusterId = properties.clusterId
            if properties.directoryId == nil {
                properties.directoryId = Uuid.random().description
                try properties.write(logDir: directory)
            }
        }
        guard let clusterId else { throw Failure(description: "No directories specified.") }
        return clusterId
    }
}
