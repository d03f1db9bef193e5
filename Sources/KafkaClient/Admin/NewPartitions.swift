/// New partition count for a topic (Kafka NewPartitions).
public struct NewPartitions: Sendable, Equatable {
    /// The total number of partitions after the increase.
    public var totalCount: Int32
    /// Broker ids for each new partition, nil to let the controller choose.
    public var assignments: [[Int32]]?

    public init(totalCount: Int32, assignments: [[Int32]]? = nil) {
        self.totalCount = totalCount
        self.assignments = assignments
    }
}
