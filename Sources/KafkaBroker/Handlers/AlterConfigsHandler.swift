import KafkaProtocol

// API: AlterConfigs (key 33), versions 0-2; Kafka 4.0 serves the same range (KIP-896 removed none).
// Deprecated by clients in favour of IncrementalAlterConfigs (KIP-339), still used by older tools.
//
// Behaviour (Kafka ControllerApis.handleLegacyAlterConfigs, ConfigurationControlManager
// .legacyAlterConfigs):
// - TOPIC resources: the request's configs *replace* the topic's whole override set: overrides not
//   named are removed, a null value removes that key. Unknown keys and bad values are INVALID_CONFIG;
//   an unknown topic UNKNOWN_TOPIC_OR_PARTITION; nothing is written unless every change is valid.
// - a resource named twice is INVALID_REQUEST "Duplicate resource.", a key named twice within one
//   resource INVALID_REQUEST; neither is applied.
// - validateOnly checks without writing.
//
// Gaps: BROKER resources (this node or "") accept only an empty config set (a no-op); anything else
// is INVALID_CONFIG because this broker has no dynamic broker configs. BROKER_LOGGER and other types
// are INVALID_REQUEST. No alter-config policy, no authorizer.

/// Replaces topic configs through the controller.
public struct AlterConfigsHandler: ApiHandler {
    public typealias Request = AlterConfigsRequest

    public let versions = VersionRange(0, 2)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(_ request: AlterConfigsRequest, version: Int16, client: ClientConnection) async throws -> AlterConfigsResponse? {
        var occurrences: [MetadataImage.ConfigResource: Int] = [:]
        for resource in request.resources {
            occurrences[MetadataImage.ConfigResource(type: resource.resourceType, name: resource.resourceName), default: 0] += 1
        }
        var response = AlterConfigsResponse()
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
                AlterConfigsResponse.AlterConfigsResourceResponse(
                    errorCode: error.rawValue, errorMessage: error == .none ? nil : message,
                    resourceType: resource.resourceType, resourceName: resource.resourceName))
        }
        return response
    }

    /// Applies one resource's new config set.
    private func alter(_ resource: AlterConfigsRequest.AlterConfigsResource, validateOnly: Bool) async throws -> (ErrorCode, String?) {
        let names = resource.configs.map(\.name)
        if Set(names).count != names.count { return (.invalidRequest, "Error due to duplicate config keys") }
        switch resource.resourceType {
        case ConfigResourceRules.topicType:
            let topic = resource.resourceName
            if let problem = TopicNameValidator.problem(with: topic) { return (.invalidTopicException, problem) }
            let image = self.context.publisher.current
            guard image.topic(named: topic) != nil else {
                return (.unknownTopicOrPartition, "The topic '\(topic)' does not exist.")
            }
            let current = image.topicConfig(topic)
            // The new set replaces the old one: keys not given go back to their defaults.
            var changes: [String: String?] = [:]
            for name in current.keys { changes[name] = .some(nil) }
            for config in resource.configs { changes[config.name] = .some(config.value) }
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

    /// Kafka AlterConfigsRequest.getErrorResponse: every resource with `error`.
    public func errorResponse(to request: AlterConfigsRequest, error: ErrorCode) -> AlterConfigsResponse {
        var response = AlterConfigsResponse()
        response.responses = request.resources.map {
            AlterConfigsResponse.AlterConfigsResourceResponse(
                errorCode: error.rawValue, errorMessage: nil, resourceType: $0.resourceType, resourceName: $0.resourceName)
        }
        return response
    }
}
