import KafkaProtocol
import Testing

@testable import KafkaClient

@Suite("Cluster and metadata (mock cluster)", .enabled(if: MockCluster.isAvailable), .timeLimit(.minutes(1)))
struct ClusterMetadataIntegrationTests {
    @Test("(mock cluster) bootstrap finds every broker and the topics with leaders and epochs")
    func bootstrapFindsBrokersAndTopics() async throws {
        try await MockCluster.with(brokers: 3) { mock in
            try await mock.createTopic("orders", partitions: 4, replicationFactor: 3)
            var servers = ["127.0.0.1:1"]  // nothing listens there: the next server must win
            servers.append(mock.bootstrapServers)
            var reader = ConfigReader(["bootstrap.servers": servers.joined(separator: ",")])
            let cluster = KafkaCluster(config: try ClusterConfig.read(from: &reader))
            let metadata = try await cluster.metadata(for: ["orders"], maxWait: .seconds(10))
            #expect(metadata.brokers.count == 3)
            let topic = try #require(metadata.topics["orders"])
            #expect(topic.partitions.map(\.partition) == [0, 1, 2, 3])
            #expect(topic.partitions.allSatisfy { $0.leaderId != nil && $0.replicas.count == 3 })
            let connection = try await cluster.connection(to: try #require(topic.partitions[0].leaderId))
            #expect(connection.apiVersions.supports(.produce))
            await cluster.close()
        }
    }
}
