import KafkaProtocol
import NIOCore
import NIOPosix

/// Topic and config administration (Kafka Admin / KafkaAdminClient).
///
/// Each operation returns a result per topic or resource: `Result.failure` carries a
/// `KafkaApiError` with the broker's error code and message (TOPIC_ALREADY_EXISTS,
/// INVALID_REPLICATION_FACTOR, POLICY_VIOLATION, ...). Connection failures, and errors for the
/// request as a whole, are thrown. Requests that only the controller can serve go to the
/// controller, and are retried once after NOT_CONTROLLER (Kafka KafkaAdminClient does the same
/// through its call retries). Building requests and reading responses are static functions, so
/// they are tested without a broker.
public actor KafkaAdminClient {
    public let config: AdminClientConfig
    public let cluster: KafkaCluster

    public init(config: AdminClientConfig, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.config = config
        self.cluster = KafkaCluster(config: config.cluster, eventLoopGroup: eventLoopGroup)
    }

    /// Creates an admin client from Java-style properties.
    public init(properties: [String: String], warn: (String) -> Void = { _ in }) throws {
        self.init(config: try AdminClientConfig(properties: properties, warn: warn))
    }

    private var timeoutMs: Int32 { self.config.defaultApiTimeout.int32Milliseconds }

    /// Sends to the controller, once more after NOT_CONTROLLER (found by `notController`).
    private func sendToController<Request: KafkaRequest>(
        _ request: Request, notController: (Request.Response) -> Bool
    ) async throws -> (Request.Response, Int16) {
        try await self.sendToController({ _ in request }, notController: notController)
    }

    /// Sends to the controller a request built for the negotiated version.
    private func sendToController<Request: KafkaRequest>(
        _ makeRequest: (Int16) -> Request, notController: (Request.Response) -> Bool
    ) async throws -> (Request.Response, Int16) {
        var attempt = 0
        while true {
            attempt += 1
            let connection = try await self.cluster.controllerConnection()
            let version = try connection.version(of: Request.self)
            let request = makeRequest(version)
            let response = try await connection.send(request, version: version, timeout: self.config.defaultApiTimeout)
            if attempt < 3 && notController(response) {
                await self.cluster.invalidateMetadata()
                _ = try await self.cluster.refreshMetadata(topics: [])
                continue
            }
            return (response, version)
        }
    }

    // MARK: topics

    /// Creates topics (or, with `validateOnly`, checks that they could be created).
    public func createTopics(
        _ topics: [NewTopic], validateOnly: Bool = false
    ) async throws -> [String: Result<CreatedTopic, KafkaApiError>] {
        let request = Self.createTopicsRequest(topics, validateOnly: validateOnly, timeoutMs: self.timeoutMs)
        let (response, _) = try await self.sendToController(request) { response in
            response.topics.contains { ErrorCode($0.errorCode) == .notController }
        }
        await self.cluster.invalidateMetadata()
        return Self.results(of: response)
    }

    /// Creates one topic.
    /// - Throws: the topic's `KafkaApiError`, or a connection error.
    @discardableResult
    public func createTopic(_ topic: NewTopic, validateOnly: Bool = false) async throws -> CreatedTopic {
        let results = try await self.createTopics([topic], validateOnly: validateOnly)
        guard let result = results[topic.name] else {
            throw KafkaApiError(code: .unknownServerError, message: "no result", context: "CreateTopics \(topic.name)")
        }
        return try result.get()
    }

    static func createTopicsRequest(_ topics: [NewTopic], validateOnly: Bool, timeoutMs: Int32) -> CreateTopicsRequest {
        CreateTopicsRequest(topics: topics.map(\.creatableTopic), timeoutMs: timeoutMs, validateOnly: validateOnly)
    }

    static func results(of response: CreateTopicsResponse) -> [String: Result<CreatedTopic, KafkaApiError>] {
        var results: [String: Result<CreatedTopic, KafkaApiError>] = [:]
        for topic in response.topics {
            let code = ErrorCode(topic.errorCode)
            if code.isError {
                results[topic.name] = .failure(
                    KafkaApiError(code: code, message: topic.errorMessage, context: "CreateTopics \(topic.name)"))
            } else {
                var configs: [String: String?] = [:]
                for config in topic.configs ?? [] { configs[config.name] = config.value }
                results[topic.name] = .success(
                    CreatedTopic(
                        name: topic.name, topicId: topic.topicId, numPartitions: topic.numPartitions,
                        replicationFactor: topic.replicationFactor, configs: configs))
            }
        }
        return results
    }

    /// Deletes topics by name.
    public func deleteTopics(_ names: [String]) async throws -> [String: Result<Void, KafkaApiError>] {
        let timeoutMs = self.timeoutMs
        let (response, _) = try await self.sendToController({
            Self.deleteTopicsRequest(names, timeoutMs: timeoutMs, version: $0)
        }) { response in
            response.responses.contains { ErrorCode($0.errorCode) == .notController }
        }
        await self.cluster.invalidateMetadata()
        return Self.results(of: response)
    }

    static func deleteTopicsRequest(_ names: [String], timeoutMs: Int32, version: Int16) -> DeleteTopicsRequest {
        // v0-5 carry names in topicNames, v6+ in topics that may also name them by id (KIP-516).
        if version >= 6 {
            return DeleteTopicsRequest(
                topics: names.map { DeleteTopicsRequest.DeleteTopicState(name: $0, topicId: .zero) },
                timeoutMs: timeoutMs)
        }
        return DeleteTopicsRequest(topicNames: names, timeoutMs: timeoutMs)
    }

    static func results(of response: DeleteTopicsResponse) -> [String: Result<Void, KafkaApiError>] {
        var results: [String: Result<Void, KafkaApiError>] = [:]
        for topic in response.responses {
            let name = topic.name ?? topic.topicId.description
            let code = ErrorCode(topic.errorCode)
            results[name] =
                code.isError
                ? .failure(KafkaApiError(code: code, message: topic.errorMessage, context: "DeleteTopics \(name)"))
                : .success(())
        }
        return results
    }

    /// The names of the cluster's topics, without internal ones unless asked.
    public func listTopics(includeInternal: Bool = false) async throws -> [String] {
        let metadata = try await self.cluster.refreshMetadata(topics: nil)
        return metadata.topics.values.filter { includeInternal || !$0.isInternal }.map(\.name).sorted()
    }

    /// Describes topics: partitions, leaders, replicas, ISR, topic id.
    /// - Throws: `KafkaApiError` (UNKNOWN_TOPIC_OR_PARTITION, ...) for the first topic that
    ///   cannot be described.
    public func describeTopics(_ names: [String]) async throws -> [TopicDescription] {
        let metadata = try await self.cluster.refreshMetadata(topics: names)
        return try names.map { name in
            guard let topic = metadata.topics[name] else {
                throw KafkaApiError(
                    code: metadata.topicErrors[name] ?? .unknownTopicOrPartition, message: nil,
                    context: "DescribeTopics \(name)")
            }
            return TopicDescription(
                name: topic.name, topicId: topic.topicId, isInternal: topic.isInternal, partitions: topic.partitions)
        }
    }

    /// Raises topics' partition counts.
    public func createPartitions(
        _ increases: [String: NewPartitions], validateOnly: Bool = false
    ) async throws -> [String: Result<Void, KafkaApiError>] {
        let request = Self.createPartitionsRequest(increases, validateOnly: validateOnly, timeoutMs: self.timeoutMs)
        let (response, _) = try await self.sendToController(request) { response in
            response.results.contains { ErrorCode($0.errorCode) == .notController }
        }
        await self.cluster.invalidateMetadata()
        var results: [String: Result<Void, KafkaApiError>] = [:]
        for result in response.results {
            let code = ErrorCode(result.errorCode)
            results[result.name] =
                code.isError
                ? .failure(
                    KafkaApiError(code: code, message: result.errorMessage, context: "CreatePartitions \(result.name)"))
                : .success(())
        }
        return results
    }

    static func createPartitionsRequest(
        _ increases: [String: NewPartitions], validateOnly: Bool, timeoutMs: Int32
    ) -> CreatePartitionsRequest {
        CreatePartitionsRequest(
            topics: increases.sorted { $0.key < $1.key }.map { name, increase in
                CreatePartitionsRequest.CreatePartitionsTopic(
                    name: name, count: increase.totalCount,
                    assignments: increase.assignments?.map {
                        CreatePartitionsRequest.CreatePartitionsAssignment(brokerIds: $0)
                    })
            }, timeoutMs: timeoutMs, validateOnly: validateOnly)
    }

    // MARK: configs

    /// Describes configs of topics and brokers; broker resources are asked of that broker.
    /// - Parameters:
    ///   - keys: only these config names; nil for all.
    ///   - includeSynonyms: also report the values each config would fall back to (v1+).
    public func describeConfigs(
        _ resources: [ConfigResource], keys: [String]? = nil, includeSynonyms: Bool = false
    ) async throws -> [ConfigResource: Result<[ConfigEntry], KafkaApiError>] {
        var results: [ConfigResource: Result<[ConfigEntry], KafkaApiError>] = [:]
        for (target, group) in Self.groupByTarget(resources) {
            let request = Self.describeConfigsRequest(group, keys: keys, includeSynonyms: includeSynonyms)
            let connection = try await self.connection(for: target)
            let version = try connection.version(of: DescribeConfigsRequest.self)
            let response = try await connection.send(request, version: version)
            results.merge(Self.results(of: response, version: version)) { $1 }
        }
        return results
    }

    /// Broker resources must be described by (and altered on) the broker itself; everything
    /// else goes to any broker (Kafka KafkaAdminClient.describeConfigs).
    static func groupByTarget(_ resources: [ConfigResource]) -> [(Int32?, [ConfigResource])] {
        var groups: [Int32?: [ConfigResource]] = [:]
        for resource in resources {
            let target: Int32? =
                (resource.type == .broker || resource.type == .brokerLogger) ? Int32(resource.name) : nil
            groups[target, default: []].append(resource)
        }
        return groups.sorted { ($0.key ?? -1) < ($1.key ?? -1) }.map { ($0.key, $0.value) }
    }

    private func connection(for target: Int32?) async throws -> BrokerConnection {
        if let target {
            _ = try await self.cluster.metadata(for: [], maxWait: self.config.defaultApiTimeout)
            return try await self.cluster.connection(to: target)
        }
        return try await self.cluster.anyConnection()
    }

    static func describeConfigsRequest(
        _ resources: [ConfigResource], keys: [String]?, includeSynonyms: Bool
    ) -> DescribeConfigsRequest {
        DescribeConfigsRequest(
            resources: resources.map {
                DescribeConfigsRequest.DescribeConfigsResource(
                    resourceType: $0.type.rawValue, resourceName: $0.name, configurationKeys: keys)
            }, includeSynonyms: includeSynonyms, includeDocumentation: false)
    }

    static func results(
        of response: DescribeConfigsResponse, version: Int16
    ) -> [ConfigResource: Result<[ConfigEntry], KafkaApiError>] {
        var results: [ConfigResource: Result<[ConfigEntry], KafkaApiError>] = [:]
        for result in response.results {
            let resource = ConfigResource(
                type: ConfigResource.ResourceType(rawValue: result.resourceType), name: result.resourceName)
            let code = ErrorCode(result.errorCode)
            if code.isError {
                results[resource] = .failure(
                    KafkaApiError(code: code, message: result.errorMessage, context: "DescribeConfigs \(resource)"))
                continue
            }
            results[resource] = .success(
                result.configs.map { config in
                    // v0 has isDefault instead of a source (Kafka DescribeConfigsResponse.configSource).
                    let source: ConfigEntry.Source =
                        version == 0
                        ? (config.isDefault ? .defaultConfig : .unknown)
                        : ConfigEntry.Source(rawValue: config.configSource) ?? .unknown
                    return ConfigEntry(
                        name: config.name, value: config.value, source: source, isReadOnly: config.readOnly,
                        isSensitive: config.isSensitive,
                        isDefault: version == 0 ? config.isDefault : source == .defaultConfig,
                        synonyms: config.synonyms.map {
                            ($0.name, $0.value, ConfigEntry.Source(rawValue: $0.source) ?? .unknown)
                        })
                })
        }
        return results
    }

    /// Replaces resources' whole config sets (the legacy AlterConfigs: configs not listed go back
    /// to their defaults; prefer `incrementalAlterConfigs`).
    public func alterConfigs(
        _ configs: [ConfigResource: [String: String]], validateOnly: Bool = false
    ) async throws -> [ConfigResource: Result<Void, KafkaApiError>] {
        var results: [ConfigResource: Result<Void, KafkaApiError>] = [:]
        for (target, group) in Self.groupByTarget(Array(configs.keys)) {
            let request = AlterConfigsRequest(
                resources: group.map { resource in
                    AlterConfigsRequest.AlterConfigsResource(
                        resourceType: resource.type.rawValue, resourceName: resource.name,
                        configs: (configs[resource] ?? [:]).sorted { $0.key < $1.key }.map {
                            AlterConfigsRequest.AlterableConfig(name: $0.key, value: $0.value)
                        })
                }, validateOnly: validateOnly)
            let response = try await self.connection(for: target).send(request)
            for entry in response.responses {
                let resource = ConfigResource(
                    type: ConfigResource.ResourceType(rawValue: entry.resourceType), name: entry.resourceName)
                results[resource] = Self.result(
                    entry.errorCode, entry.errorMessage, context: "AlterConfigs \(resource)")
            }
        }
        return results
    }

    /// Changes individual configs (KIP-339): set, delete, append to or subtract from lists.
    public func incrementalAlterConfigs(
        _ changes: [ConfigResource: [AlterConfigOp]], validateOnly: Bool = false
    ) async throws -> [ConfigResource: Result<Void, KafkaApiError>] {
        var results: [ConfigResource: Result<Void, KafkaApiError>] = [:]
        for (target, group) in Self.groupByTarget(Array(changes.keys)) {
            let request = Self.incrementalAlterConfigsRequest(
                group.map { ($0, changes[$0] ?? []) }, validateOnly: validateOnly)
            let response = try await self.connection(for: target).send(request)
            for entry in response.responses {
                let resource = ConfigResource(
                    type: ConfigResource.ResourceType(rawValue: entry.resourceType), name: entry.resourceName)
                results[resource] = Self.result(
                    entry.errorCode, entry.errorMessage, context: "IncrementalAlterConfigs \(resource)")
            }
        }
        return results
    }

    static func incrementalAlterConfigsRequest(
        _ changes: [(ConfigResource, [AlterConfigOp])], validateOnly: Bool
    ) -> IncrementalAlterConfigsRequest {
        IncrementalAlterConfigsRequest(
            resources: changes.map { resource, operations in
                IncrementalAlterConfigsRequest.AlterConfigsResource(
                    resourceType: resource.type.rawValue, resourceName: resource.name,
                    configs: operations.map {
                        IncrementalAlterConfigsRequest.AlterableConfig(
                            name: $0.name, configOperation: $0.operation.rawValue, value: $0.value)
                    })
            }, validateOnly: validateOnly)
    }

    private static func result(_ code: Int16, _ message: String?, context: String) -> Result<Void, KafkaApiError> {
        let code = ErrorCode(code)
        return code.isError ? .failure(KafkaApiError(code: code, message: message, context: context)) : .success(())
    }

    // MARK: cluster

    /// The cluster id, controller and brokers: DescribeCluster when the broker has it (KIP-700),
    /// else Metadata.
    public func describeCluster() async throws -> ClusterDescription {
        let connection = try await self.cluster.anyConnection()
        if let version = connection.apiVersions.usableVersion(of: DescribeClusterRequest.self) {
            let response = try await connection.send(DescribeClusterRequest(), version: version)
            return try Self.description(of: response)
        }
        let metadata = try await self.cluster.refreshMetadata(topics: [])
        return ClusterDescription(
            clusterId: metadata.clusterId, controllerId: metadata.controllerId,
            brokers: metadata.brokers.values.sorted { $0.nodeId < $1.nodeId })
    }

    static func description(of response: DescribeClusterResponse) throws -> ClusterDescription {
        let code = ErrorCode(response.errorCode)
        if code.isError { throw KafkaApiError(code: code, message: response.errorMessage, context: "DescribeCluster") }
        return ClusterDescription(
            clusterId: response.clusterId, controllerId: response.controllerId >= 0 ? response.controllerId : nil,
            brokers: response.brokers.map {
                ClusterMetadata.Broker(
                    nodeId: $0.brokerId, address: BrokerAddress(host: $0.host, port: Int($0.port)), rack: $0.rack)
            }.sorted { $0.nodeId < $1.nodeId })
    }

    /// Closes the connections.
    public func close() async {
        await self.cluster.close()
    }
}
