/// The metadata and admin APIs of a single-node broker, registered in one call by the server
/// wiring: Metadata, CreateTopics, DeleteTopics, CreatePartitions, DescribeConfigs, AlterConfigs,
/// IncrementalAlterConfigs, DescribeCluster, InitProducerId and FindCoordinator.
public enum AdminHandlers {
    /// Adds every admin handler to `registry`; each reads `context` (config, metadata image,
    /// controller) when it answers.
    public static func register(into registry: inout ApiRegistry, context: BrokerContext) {
        registry.register(MetadataHandler(context: context))
        registry.register(CreateTopicsHandler(context: context))
        registry.register(DeleteTopicsHandler(context: context))
        registry.register(CreatePartitionsHandler(context: context))
        registry.register(DescribeConfigsHandler(context: context))
        registry.register(AlterConfigsHandler(context: context))
        registry.register(IncrementalAlterConfigsHandler(context: context))
        registry.register(DescribeClusterHandler(context: context))
        registry.register(InitProducerIdHandler(context: context))
        registry.register(FindCoordinatorHandler())
    }
}
