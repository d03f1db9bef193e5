import KafkaProtocol

/// The data path's handlers, registered in one call by the server wiring: Produce, Fetch,
/// ListOffsets, OffsetForLeaderEpoch, DeleteRecords and DescribeLogDirs.
public enum DataPlaneHandlers {
    /// Registers every data-path handler in `registry`.
    /// - Parameters:
    ///   - replicaManager: started (`startup()`) before requests arrive.
    ///   - context: the broker context the replica manager was built on.
    public static func register(into registry: inout ApiRegistry, replicaManager: ReplicaManager, context: BrokerContext) {
        registry.register(ProduceHandler(replicaManager: replicaManager))
        registry.register(FetchHandler(replicaManager: replicaManager))
        registry.register(ListOffsetsHandler(replicaManager: replicaManager))
        registry.register(OffsetForLeaderEpochHandler(replicaManager: replicaManager))
        registry.register(DeleteRecordsHandler(replicaManager: replicaManager))
        registry.register(DescribeLogDirsHandler(context: context))
    }
}
