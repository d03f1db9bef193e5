import KafkaProtocol

// API: DeleteTopics (key 20), versions 1-6. Kafka 4.0 removed v0 (KIP-896); v1 is its floor.
//
// Behaviour (Kafka ControllerApis.deleteTopics):
// - v1-5 name topics in `topicNames`; v6 in `topics`, each by name or by id (not both, not neither:
//   INVALID_REQUEST). A name or id given more than once is INVALID_REQUEST ("Duplicate topic name."
//   / "Duplicate topic id.") and is not deleted.
// - an unknown name is UNKNOWN_TOPIC_OR_PARTITION, an unknown id UNKNOWN_TOPIC_ID (with a null
//   name). Results for topics named by id carry their name, and every v6 result its topic id.
// - `delete.topic.enable=false`: TOPIC_DELETION_DISABLED from v3; v1-2 predate that code and get
//   INVALID_REQUEST, as Kafka answers them.
// - v5+ carries error messages. timeoutMs is not waited on: the controller has committed when it
//   answers, and the partition logs are removed by whoever applies the RemoveTopicRecord.
//
// Gaps: no authorizer, no controller mutation quota.

/// Deletes topics through the controller.
public struct DeleteTopicsHandler: ApiHandler {
    public typealias Request = DeleteTopicsRequest

    public let versions = VersionRange(1, 6)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(_ request: DeleteTopicsRequest, version: Int16, client: ClientConnection) async throws -> DeleteTopicsResponse? {
        let targets: [DeleteTopicsRequest.DeleteTopicState] =
            version >= 6 ? request.topics : request.topicNames.map { DeleteTopicsRequest.DeleteTopicState(name: $0) }
        var nameCounts: [String: Int] = [:]
        var idCounts: [Uuid: Int] = [:]
        for target in targets {
            if let name = target.name { nameCounts[name, default: 0] += 1 }
            if target.topicId != .zero { idCounts[target.topicId, default: 0] += 1 }
        }

        var response = DeleteTopicsResponse()
        var pending: [(index: Int, target: DeleteTopicsRequest.DeleteTopicState)] = []
        var reportedNames = Set<String>()
        var reportedIds = Set<Uuid>()
        for target in targets {
            let name = target.name
            let id = target.topicId
            if let name, id != .zero {
                response.responses.append(Self.result(name, id, .invalidRequest, "You may not specify both topic name and topic id."))
            } else if name == nil && id == .zero {
                response.responses.append(Self.result(nil, id, .invalidRequest, "Neither topic name nor id were specified."))
            } else if let name, nameCounts[name, default: 0] > 1 {
                if reportedNames.insert(name).inserted {
                    response.responses.append(Self.result(name, id, .invalidRequest, "Duplicate topic name."))
                }
            } else if id != .zero, idCounts[id, default: 0] > 1 {
                if reportedIds.insert(id).inserted {
                    response.responses.append(Self.result(nil, id, .invalidRequest, "Duplicate topic id."))
                }
            } else {
                pending.append((response.responses.count, target))
                response.responses.append(DeleteTopicsResponse.DeletableTopicResult())
            }
        }

        let names = pending.compactMap { $0.target.topicId == .zero ? $0.target.name : nil }
        let ids = pending.compactMap { $0.target.topicId == .zero ? nil : $0.target.topicId }
        let results = try await self.context.controller.deleteTopics(names: names, ids: ids)
        // The controller answers names first, then ids, each in the order given.
        let byName = pending.filter { $0.target.topicId == .zero }
        let byId = pending.filter { $0.target.topicId != .zero }
        for (slot, result) in zip(byName + byId, results) {
            var error = result.error
            var message = result.message
            if error == .topicDeletionDisabled && version < 3 {
                error = .invalidRequest
                message = "Topic deletion is disabled."
            }
            response.responses[slot.index] = Self.result(
                result.name.isEmpty ? nil : result.name, result.topicId, error, error == .none ? nil : message)
        }
        if version < 6 {
            // Names are not nullable before v6 (an empty requested name comes back empty).
            for index in response.responses.indices where response.responses[index].name == nil {
                response.responses[index].name = ""
            }
        }
        return response
    }

    /// Kafka DeleteTopicsRequest.getErrorResponse: every topic with `error`.
    public func errorResponse(to request: DeleteTopicsRequest, error: ErrorCode) -> DeleteTopicsResponse {
        var response = DeleteTopicsResponse()
        response.responses = request.topicNames.map { Self.result($0, .zero, error, nil) }
            + request.topics.map { Self.result($0.name, $0.topicId, error, nil) }
        return response
    }

    /// One result; the name is null for a topic named by an unknown id.
    static func result(_ name: String?, _ id: Uuid, _ error: ErrorCode, _ message: String?) -> DeleteTopicsResponse.DeletableTopicResult {
        DeleteTopicsResponse.DeletableTopicResult(name: name, topicId: id, errorCode: error.rawValue, errorMessage: message)
    }
}
