import KafkaProtocol

// API: CreateTopics (key 19), versions 2-7. Kafka 4.0 removed v0-1 (KIP-896); v2 is its floor.
//
// Behaviour (Kafka ControllerApis.createTopics, ReplicationControlManager.createTopics):
// - each topic succeeds or fails on its own; the controller validates names (INVALID_TOPIC_EXCEPTION),
//   existing and colliding names (TOPIC_ALREADY_EXISTS, INVALID_TOPIC_EXCEPTION), partition counts
//   (INVALID_PARTITIONS), replication factors against the registered brokers
//   (INVALID_REPLICATION_FACTOR), manual assignments (INVALID_REPLICA_ASSIGNMENT, INVALID_REQUEST
//   when combined with a count or factor), and configs (INVALID_CONFIG for unknown names and bad
//   values). -1 partitions / replication factor take `num.partitions` / `default.replication.factor`.
// - a name given more than once is answered once with INVALID_REQUEST "Duplicate topic name." and
//   none of its entries is created; a config with a null value is INVALID_CONFIG.
// - validateOnly runs every check and reports what would be created, writing nothing.
// - v5+: the result carries the partition count, replication factor and every topic config with its
//   value and source (DYNAMIC_TOPIC_CONFIG for the request's configs, else STATIC_BROKER_CONFIG or
//   DEFAULT_CONFIG), as DescribeConfigs would report them; v7+ the topic id.
// - timeoutMs is not waited on: the single-voter controller has committed when it answers.
//
// Gaps: no create-topic policy (`create.topic.policy.class.name`), no controller mutation quota
// (THROTTLING_QUOTA_EXCEEDED), no authorizer (topicConfigErrorCode is always 0).

/// Creates topics through the controller.
public struct CreateTopicsHandler: ApiHandler {
    public typealias Request = CreateTopicsRequest

    public let versions = VersionRange(2, 7)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(_ request: CreateTopicsRequest, version: Int16, client: ClientConnection) async throws -> CreateTopicsResponse? {
        var occurrences: [String: Int] = [:]
        for topic in request.topics { occurrences[topic.name, default: 0] += 1 }

        var answered: [String: CreateTopicsResponse.CreatableTopicResult] = [:]
        var specs: [QuorumController.TopicSpec] = []
        for topic in request.topics where answered[topic.name] == nil {
            if occurrences[topic.name, default: 0] > 1 {
                answered[topic.name] = Self.failure(topic.name, .invalidRequest, "Duplicate topic name.")
            } else if let nullConfig = topic.configs.first(where: { $0.value == nil }) {
                // Kafka ConfigurationControlManager: topic configs cannot be null on creation.
                answered[topic.name] = Self.failure(
                    topic.name, .invalidConfig, "Null value not supported for topic configs: \(nullConfig.name)")
            } else if Set(topic.assignments.map(\.partitionIndex)).count != topic.assignments.count {
                answered[topic.name] = Self.failure(
                    topic.name, .invalidReplicaAssignment, "A partition index was assigned replicas more than once.")
            } else {
                specs.append(Self.spec(for: topic))
            }
        }

        let results = try await self.context.controller.createTopics(specs, validateOnly: request.validateOnly)
        let describer = ConfigDescriber(config: self.context.config)
        for (spec, result) in zip(specs, results) {
            guard result.error == .none else {
                answered[spec.name] = Self.failure(spec.name, result.error, result.message)
                continue
            }
            let configs = describer.describeTopic(overrides: spec.configs, includeSynonyms: false).map {
                CreateTopicsResponse.CreatableTopicConfigs(
                    name: $0.name, value: $0.value, readOnly: $0.readOnly, configSource: $0.source.rawValue,
                    isSensitive: $0.isSensitive)
            }
            answered[spec.name] = CreateTopicsResponse.CreatableTopicResult(
                name: spec.name, topicId: result.topicId, errorCode: ErrorCode.none.rawValue, errorMessage: nil,
                numPartitions: result.numPartitions, replicationFactor: result.replicationFactor, configs: configs)
        }

        var response = CreateTopicsResponse()
        var reported = Set<String>()
        for topic in request.topics where reported.insert(topic.name).inserted {
            if let result = answered[topic.name] { response.topics.append(result) }
        }
        return response
    }

    /// Kafka CreateTopicsRequest.getErrorResponse: every topic with `error`.
    public func errorResponse(to request: CreateTopicsRequest, error: ErrorCode) -> CreateTopicsResponse {
        var response = CreateTopicsResponse()
        var reported = Set<String>()
        for topic in request.topics where reported.insert(topic.name).inserted {
            response.topics.append(Self.failure(topic.name, error, nil))
        }
        return response
    }

    /// The controller's view of one requested topic.
    static func spec(for topic: CreateTopicsRequest.CreatableTopic) -> QuorumController.TopicSpec {
        var assignments: [Int32: [Int32]] = [:]
        for assignment in topic.assignments { assignments[assignment.partitionIndex] = assignment.brokerIds }
        var configs: [String: String] = [:]
        for config in topic.configs { configs[config.name] = config.value }
        return QuorumController.TopicSpec(
            name: topic.name, numPartitions: topic.numPartitions, replicationFactor: topic.replicationFactor,
            assignments: assignments, configs: configs)
    }

    /// A failed topic: no id, -1 counts and no configs, as Kafka reports it.
    static func failure(_ name: String, _ error: ErrorCode, _ message: String?) -> CreateTopicsResponse.CreatableTopicResult {
        CreateTopicsResponse.CreatableTopicResult(name: name, errorCode: error.rawValue, errorMessage: message, configs: [])
    }
}
