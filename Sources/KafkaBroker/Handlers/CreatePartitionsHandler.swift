import KafkaProtocol

// API: CreatePartitions (key 37), versions 0-3; Kafka 4.0 serves the same range (KIP-896 removed
// none of them).
//
// Behaviour (Kafka ControllerApis.createPartitions, ReplicationControlManager.createPartitions):
// - each topic grows to `count` partitions on its own: an unknown topic is
//   UNKNOWN_TOPIC_OR_PARTITION; a count that is not an increase INVALID_PARTITIONS; manual
//   assignments (one per new partition, each as many replicas as the topic's existing partitions,
//   distinct registered brokers) else INVALID_REPLICA_ASSIGNMENT; without assignments the new
//   partitions are placed like new topics' (INVALID_REPLICATION_FACTOR when too few brokers).
// - a topic named more than once is INVALID_REQUEST "Duplicate topic name.", answered once.
// - validateOnly runs every check and writes nothing. timeoutMs is not waited on.
//
// Gaps: no create-topic policy, no controller mutation quota (v3's THROTTLING_QUOTA_EXCEEDED), no
// authorizer.

/// Adds partitions to existing topics through the controller.
public struct CreatePartitionsHandler: ApiHandler {
    public typealias Request = CreatePartitionsRequest

    public let versions = VersionRange(0, 3)
    let context: BrokerContext

    public init(context: BrokerContext) {
        self.context = context
    }

    public func handle(
        _ request: CreatePartitionsRequest, version: Int16, client: ClientConnection
    ) async throws -> CreatePartitionsResponse? {
        var occurrences: [String: Int] = [:]
        for topic in request.topics { occurrences[topic.name, default: 0] += 1 }
        var answered: [String: CreatePartitionsResponse.CreatePartitionsTopicResult] = [:]
        var changes: [(topic: String, count: Int32, assignments: [[Int32]]?)] = []
        for topic in request.topics where answered[topic.name] == nil {
            if occurrences[topic.name, default: 0] > 1 {
                answered[topic.name] = Self.result(topic.name, .invalidRequest, "Duplicate topic name.")
            } else {
                changes.append((topic.name, topic.count, topic.assignments?.map(\.brokerIds)))
            }
        }
        let results = try await self.context.controller.createPartitions(changes, validateOnly: request.validateOnly)
        for (change, result) in zip(changes, results) {
            answered[change.topic] = Self.result(change.topic, result.error, result.error == .none ? nil : result.message)
        }
        var response = CreatePartitionsResponse()
        var reported = Set<String>()
        for topic in request.topics where reported.insert(topic.name).inserted {
            if let result = answered[topic.name] { response.results.append(result) }
        }
        return response
    }

    /// Kafka CreatePartitionsRequest.getErrorResponse: every topic with `error`.
    public func errorResponse(to request: CreatePartitionsRequest, error: ErrorCode) -> CreatePartitionsResponse {
        var response = CreatePartitionsResponse()
        var reported = Set<String>()
        for topic in request.topics where reported.insert(topic.name).inserted {
            response.results.append(Self.result(topic.name, error, nil))
        }
        return response
    }

    /// One topic's result; the message is null on success, as Kafka sends it.
    static func result(_ name: String, _ error: ErrorCode, _ message: String?) -> CreatePartitionsResponse.CreatePartitionsTopicResult {
        CreatePartitionsResponse.CreatePartitionsTopicResult(name: name, errorCode: error.rawValue, errorMessage: message)
    }
}
