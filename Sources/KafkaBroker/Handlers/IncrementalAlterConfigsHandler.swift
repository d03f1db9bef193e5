import KafkaProtocol

// API: IncrementalAlterConfigs (key 44), versions 0-1; Kafka 4.0 serves the same range.
//
// Behaviour (Kafka ConfigurationControlManager.incrementalAlterConfigs, KIP-339):
// - TOPIC resources, per key: SET (0) sets the override; DELETE (1) removes it; APPEND (2) and
//   SUBTRACT (3) add or remove comma-separated items of a LIST-typed key (`cleanup.policy`, the
//   throttled-replica lists), starting from the override or, without one, the value the topic
//   inherits; APPEND keeps items already there once, SUBTRACT removes every match. APPEND/SUBTRACT
//   on other types is INVALID_CONFIG "Can't APPEND to key X because its type is not LIST.".
// - unknown keys and invalid resulting values are INVALID_CONFIG, an unknown topic
//   UNKNOWN_TOPIC_OR_PARTITION; a resource's changes are applied together or not at all.
// - a resource named twice is INVALID_REQUEST "Duplicate resource.", a key named twice within a
//   resource INVALID_REQUEST "Error due to duplicate config keys", an unknown operation id
//   INVALID_REQUEST, a SET with a null value INVALID_CONFIG.
// - validateOnly checks without writing.
//
// Gaps: BROKER resources (this node or "") accept only an empty change list; anything else is
// INVALID_CONFIG because this broker has no dynamic broker configs. BROKER_LOGGER, CLIENT_METRICS
// and GROUP resources are INVALID_REQUEST. No alter-config policy, no authorizer.

/// Applies incremental topic config changes through the controller.
public struct IncrementalAlterConfigsHandler: ApiHandler {
    public typealias Request = IncrementalAlterConfigsRequest

    public let versions = VersionRange(0, 1)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    /// Kafka's AlterConfigOp.OpType ids.
    enum Operation: Int8 {
        case set = 0, delete = 1, append = 2, subtract = 3
    }

    public func handle(
        _ request: IncrementalAlterConfigsRequest, version: Int16, client: ClientConnection
    ) async throws -> IncrementalAlterConfigsResponse? {
        var occurrences: [MetadataImage.ConfigResource: Int] = [:]
        for resource in request.resources {
            occurrences[MetadataImage.ConfigResource(type: resource.resourceType, name: resource.resourceName), default: 0] += 1
        }
        var response = IncrementalAlterConfigsResponse()
        var reported = Set<MetadataImage.ConfigResource>()
        for resource in request.resources {
            let key = MetadataImage.ConfigResource(type: resource.resourceType, name: resource.resourceName)
            guard reported.insert(key).inserted else { continue }
            let (error, message): (ErrorCode, String?)
            if occurrences[key, default: 0] > 1 {
                (error, message) = (.invalidRequest, "Duplicate resource.")
            } else {
                (error, message) = try await self.alter(resource, validateOnly: request.validateOnly)
            }
            response.responses.append(
                IncrementalAlterConfigsResponse.AlterConfigsResourceResponse(
                    errorCode: error.rawValue, errorMessage: error == .none ? nil : message,
                    resourceType: resource.resourceType, resourceName: resource.resourceName))
        }
        return response
    }

    /// Applies one resource's operations.
    private func alter(
        _ resource: IncrementalAlterConfigsRequest.AlterConfigsResource, validateOnly: Bool
    ) async throws -> (ErrorCode, String?) {
        let names = resource.configs.map(\.name)
        if Set(names).count != names.count { return (.invalidRequest, "Error due to duplicate config keys") }
        if let bad = resource.configs.first(where: { Operation(rawValue: $0.configOperation) == nil }) {
            return (.invalidRequest, "Unknown alter config operation type \(bad.configOperation) for key \(bad.name).")
        }
        switch resource.resourceType {
        case ConfigResourceRules.topicType:
            let topic = resource.resourceName
            if let problem = TopicNameValidator.problem(with: topic) { return (.invalidTopicException, problem) }
            let image = self.context.publisher.current
            guard image.topic(named: topic) != nil else {
                return (.unknownTopicOrPartition, "The topic '\(topic)' does not exist.")
            }
            let current = image.topicConfig(topic)
            let describer = ConfigDescriber(config: self.context.config)
            var changes: [String: String?] = [:]
            for config in resource.configs {
                switch Operation(rawValue: config.configOperation) {
                case .set:
                    guard let value = config.value else {
                        return (.invalidConfig, "Null value not supported for : \(config.name)")
                    }
                    changes[config.name] = .some(value)
                case .delete:
                    changes[config.name] = .some(nil)
                case .append, .subtract:
                    let isAppend = config.configOperation == Operation.append.rawValue
                    guard TopicConfigDefinitions.byName[config.name]?.type == .list else {
                        let verb = isAppend ? "APPEND" : "SUBTRACT"
                        if TopicConfigDefinitions.byName[config.name] == nil {
                            return (.invalidConfig, "Unknown topic config name: \(config.name)")
                        }
                        return (.invalidConfig, "Can't \(verb) to key \(config.name) because its type is not LIST.")
                    }
                    let base = current[config.name] ?? describer.topicDefault(config.name) ?? ""
                    let items = Self.items(config.value ?? "")
                    var result = Self.items(base)
                    if isAppend {
                        for item in items where !result.contains(item) { result.append(item) }
                    } else {
                        result.removeAll { items.contains($0) }
                    }
                    changes[config.name] = .some(result.joined(separator: ","))
                case .none:
                    return (.invalidRequest, "Unknown alter config operation type \(config.configOperation).")
                }
            }
            return try await self.context.controller.alterTopicConfigs(topic, changes: changes, validateOnly: validateOnly)
        case ConfigResourceRules.brokerType:
            if let problem = ConfigResourceRules.brokerNameProblem(resource.resourceName, nodeId: self.context.nodeId) {
                return (.invalidRequest, problem)
            }
            return resource.configs.isEmpty ? (.none, nil) : ConfigResourceRules.brokerConfigsAreStatic
        default:
            return ConfigResourceRules.unsupported(resource.resourceType)
        }
    }

    /// The items of a list value: comma-separated, trimmed, empty ones dropped (Kafka ConfigDef LIST).
    static func items(_ value: String) -> [String] {
        value.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Kafka IncrementalAlterConfigsRequest.getErrorResponse: every resource with `error`.
    public func errorResponse(to request: IncrementalAlterConfigsRequest, error: ErrorCode) -> IncrementalAlterConfigsResponse {
        var response = IncrementalAlterConfigsResponse()
        response.responses = request.resources.map {
            IncrementalAlterConfigsResponse.AlterConfigsResourceResponse(
                errorCode: error.rawValue, errorMessage: nil, resourceType: $0.resourceType, resourceName: $0.resourceName)
        }
        return response
    }
}
