/// The cluster as DescribeCluster (or Metadata) reports it (Kafka DescribeClusterResult).
public struct ClusterDescription: Sendable, Equatable {
    public var clusterId: String?
    public var controllerId: Int32?
    public var brokers: [ClusterMetadata.Broker]
}
