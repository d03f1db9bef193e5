import KafkaProtocol

// API: FindCoordinator (key 10), versions 0-6. KIP-896 deprecated v0, but Kafka 4.0 kept it (its
// floor is still 0) for old librdkafka releases.
//
// Behaviour (Kafka KafkaApis.handleFindCoordinatorRequest / getCoordinator): a group key is
// answered with the leader of the group's __consumer_offsets partition (abs(hashCode) % the
// partition count), creating the topic first if it does not exist, as Kafka does; while the
// topic cannot be created or the partition has no leader, COORDINATOR_NOT_AVAILABLE (retriable).
// Transaction and share keys are answered COORDINATOR_NOT_AVAILABLE with node -1, host "" and
// port -1: those coordinators do not exist yet. v0-3 carry one key (v0 always a group); v4+
// batch keys (KIP-699) and answer each; v6 adds share-group keys (KIP-932). An unknown key type
// is INVALID_REQUEST.
//
// Gaps: the transaction and share coordinators; no ACLs.

/// Answers FindCoordinator: groups through the `GroupCoordinator`, other key types not available.
public struct FindCoordinatorHandler: ApiHandler {
    public typealias Request = FindCoordinatorRequest

    public let versions = VersionRange(0, 6)
    public let context: BrokerContext?
    public let coordinator: GroupCoordinator?

    /// Without a group coordinator every key is answered COORDINATOR_NOT_AVAILABLE.
    public init(context: BrokerContext? = nil, coordinator: GroupCoordinator? = nil) {
        self.context = context
        self.coordinator = coordinator
    }

    /// Kafka CoordinatorType ids: GROUP 0, TRANSACTION 1, SHARE 2 (v6+).
    static func isKnownKeyType(_ keyType: Int8, version: Int16) -> Bool {
        keyType == 0 || keyType == 1 || (keyType == 2 && version >= 6)
    }

    public func handle(
        _ request: FindCoordinatorRequest, version: Int16, client: ClientConnection
    ) async throws -> FindCoordinatorResponse? {
        guard Self.isKnownKeyType(request.keyType, version: version) else {
            return Self.response(to: request, error: .invalidRequest, batched: version >= 4)
        }
        let keys = version >= 4 ? request.coordinatorKeys : [request.key]
        var answers: [FindCoordinatorResponse.Coordinator] = []
        for key in keys {
            answers.append(await self.find(key: key, keyType: request.keyType, listener: client.listenerName))
        }
        guard version >= 4 else {
            let answer = answers.first ?? Self.unavailable(key: request.key, error: .coordinatorNotAvailable)
            return FindCoordinatorResponse(
                errorCode: answer.errorCode, errorMessage: version >= 1 ? answer.errorMessage : nil, nodeId: answer.nodeId,
                host: answer.host, port: answer.port)
        }
        var response = FindCoordinatorResponse()
        response.coordinators = answers
        return response
    }

    /// One key's coordinator.
    private func find(key: String, keyType: Int8, listener: String) async -> FindCoordinatorResponse.Coordinator {
        guard keyType == 0, let coordinator = self.coordinator, let context = self.context else {
            return Self.unavailable(key: key, error: .coordinatorNotAvailable)
        }
        let error = await coordinator.ensureTopic()
        guard error == .none else { return Self.unavailable(key: key, error: error) }
        let image = context.publisher.current
        let partition = coordinator.partition(for: key)
        guard let leader = image.topic(named: InternalTopics.groupMetadata)?.partitions[partition]?.leader, leader >= 0,
            let endpoint = image.endpoint(of: leader, listener: listener)
        else {
            return Self.unavailable(key: key, error: .coordinatorNotAvailable)
        }
        return FindCoordinatorResponse.Coordinator(
            key: key, nodeId: leader, host: endpoint.host, port: endpoint.port, errorCode: ErrorCode.none.rawValue,
            errorMessage: nil)
    }

    static func unavailable(key: String, error: ErrorCode) -> FindCoordinatorResponse.Coordinator {
        let message = error == .coordinatorNotAvailable ? "The coordinator is not available." : error.name
        return FindCoordinatorResponse.Coordinator(key: key, nodeId: -1, host: "", port: -1, errorCode: error.rawValue, errorMessage: message)
    }

    /// Every key with `error` and no node. Without the version, a request with batched keys is
    /// taken for v4+ (Kafka FindCoordinatorResponse.prepareErrorResponse).
    public func errorResponse(to request: FindCoordinatorRequest, error: ErrorCode) -> FindCoordinatorResponse {
        Self.response(to: request, error: error, batched: !request.coordinatorKeys.isEmpty)
    }

    /// v4+ answers in `coordinators`, one per key; v0-3 in the top-level fields, which v4+ lacks.
    static func response(to request: FindCoordinatorRequest, error: ErrorCode, batched: Bool) -> FindCoordinatorResponse {
        let message = error == .coordinatorNotAvailable ? "The coordinator is not available." : error.name
        guard batched else {
            return FindCoordinatorResponse(errorCode: error.rawValue, errorMessage: message, nodeId: -1, host: "", port: -1)
        }
        var response = FindCoordinatorResponse()
        response.coordinators = request.coordinatorKeys.map { Self.unavailable(key: $0, error: error) }
        return response
    }
}
