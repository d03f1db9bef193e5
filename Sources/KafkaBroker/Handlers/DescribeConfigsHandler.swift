import KafkaProtocol

// API: DescribeConfigs (key 32), versions 1-4. Kafka 4.0 removed v0 (KIP-896); v1 is its floor.
//
// Behaviour (Kafka ConfigHelper.describeConfigs):
// - TOPIC resources: every topic config (Kafka 4.0's TopicConfig keys) or the requested keys, each
//   with its effective value and source: DYNAMIC_TOPIC_CONFIG for the topic's overrides,
//   STATIC_BROKER_CONFIG when a broker synonym is set in server.properties, else DEFAULT_CONFIG.
//   Topic configs are never read-only or sensitive. An unknown topic is UNKNOWN_TOPIC_OR_PARTITION,
//   an illegal name INVALID_TOPIC_EXCEPTION.
// - BROKER resources: name "" is the cluster-wide dynamic defaults (none here: an empty list); this
//   node's id describes every broker key with STATIC_BROKER_CONFIG or DEFAULT_CONFIG; another id or
//   a non-integer is INVALID_REQUEST. Keys without a definition (unknown server.properties entries)
//   are reported as Kafka does: sensitive, value null, type UNKNOWN.
// - includeSynonyms (v1+): the synonyms each value was resolved from, highest precedence first,
//   e.g. `retention.ms` ← `log.retention.hours` (static) ← `log.retention.hours=168` (default).
// - v3+: config types; documentation is null.
//
// Gaps: BROKER_LOGGER, CLIENT_METRICS and GROUP resources are INVALID_REQUEST; no documentation
// text; no dynamic broker configs, so every broker key is reported read-only; broker keys this
// broker does not define show as unknown; no authorizer.

/// Describes topic and broker configurations from the metadata image and the broker config.
public struct DescribeConfigsHandler: ApiHandler {
    public typealias Request = DescribeConfigsRequest

    public let versions = VersionRange(1, 4)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(
        _ request: DescribeConfigsRequest, version: Int16, client: ClientConnection
    ) async throws -> DescribeConfigsResponse? {
        let image = self.context.publisher.current
        let describer = ConfigDescriber(config: self.context.config)
        var response = DescribeConfigsResponse()
        response.results = request.resources.map { resource in
            var result = DescribeConfigsResponse.DescribeConfigsResult(
                errorCode: ErrorCode.none.rawValue, errorMessage: nil, resourceType: resource.resourceType,
                resourceName: resource.resourceName)
            let entries: [DescribedConfig]
            switch resource.resourceType {
            case ConfigResourceRules.topicType:
                let name = resource.resourceName
                if let problem = TopicNameValidator.problem(with: name) {
                    result.errorCode = ErrorCode.invalidTopicException.rawValue
                    result.errorMessage = problem
                    return result
                }
                guard image.topic(named: name) != nil else {
                    result.errorCode = ErrorCode.unknownTopicOrPartition.rawValue
                    result.errorMessage = "The topic '\(name)' does not exist."
                    return result
                }
                entries = describer.describeTopic(
                    overrides: image.topicConfig(name), keys: resource.configurationKeys,
                    includeSynonyms: request.includeSynonyms)
            case ConfigResourceRules.brokerType:
                if let problem = ConfigResourceRules.brokerNameProblem(resource.resourceName, nodeId: self.context.nodeId) {
                    result.errorCode = ErrorCode.invalidRequest.rawValue
                    result.errorMessage = problem
                    return result
                }
                // "" names the dynamic cluster-wide defaults, of which this broker has none.
                entries = resource.resourceName.isEmpty
                    ? [] : describer.describeBroker(keys: resource.configurationKeys, includeSynonyms: request.includeSynonyms)
            default:
                let (error, message) = ConfigResourceRules.unsupported(resource.resourceType)
                result.errorCode = error.rawValue
                result.errorMessage = message
                return result
            }
            result.configs = entries.map { entry in
                DescribeConfigsResponse.DescribeConfigsResourceResult(
                    name: entry.name, value: entry.value, readOnly: entry.readOnly, configSource: entry.source.rawValue,
                    isSensitive: entry.isSensitive,
                    synonyms: entry.synonyms.map {
                        DescribeConfigsResponse.DescribeConfigsSynonym(name: $0.name, value: $0.value, source: $0.source.rawValue)
                    },
                    configType: entry.typeId, documentation: nil)
            }
            return result
        }
        return response
    }

    /// Kafka DescribeConfigsRequest.getErrorResponse: every resource with `error`.
    public func errorResponse(to request: DescribeConfigsRequest, error: ErrorCode) -> DescribeConfigsResponse {
        var response = DescribeConfigsResponse()
        response.results = request.resources.map {
            DescribeConfigsResponse.DescribeConfigsResult(
                errorCode: error.rawValue, errorMessage: nil, resourceType: $0.resourceType, resourceName: $0.resourceName)
        }
        return response
    }
}
