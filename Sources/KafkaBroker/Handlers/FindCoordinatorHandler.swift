import KafkaProtocol

// API: FindCoordinator (key 10), versions 0-6. KIP-896 deprecated v0, but Kafka 4.0 kept it (its
// floor is still 0) for old librdkafka releases.
//
// Behaviour: there are no group, transaction or share coordinators yet, so every key is answered
// COORDINATOR_NOT_AVAILABLE (retriable: clients retry until their timeout) with node -1, host ""
// and port -1, as Kafka answers while a coordinator's partition has no leader. v0-3 carry one key
// (v0 always a group); v4+ batch keys (KIP-699) and answer each; v6 adds share-group keys
// (KIP-932). An unknown key type is INVALID_REQUEST.
//
// Gaps: everything a coordinator would answer; this handler will be replaced when the group and
// transaction coordinators exist.

/// Answers FindCoordinator while the broker has no coordinators.
public struct FindCoordinatorHandler: ApiHandler {
    public typealias Request = FindCoordinatorRequest

    public let versions = VersionRange(0, 6)

    public init() {}

    /// Kafka CoordinatorType ids: GROUP 0, TRANSACTION 1, SHARE 2 (v6+).
    static func isKnownKeyType(_ keyType: Int8, version: Int16) -> Bool {
        keyType == 0 || keyType == 1 || (keyType == 2 && version >= 6)
    }

    public func handle(
        _ request: FindCoordinatorRequest, version: Int16, client: ClientConnection
    ) async throws -> FindCoordinatorResponse? {
        let error: ErrorCode = Self.isKnownKeyType(request.keyType, version: version) ? .coordinatorNotAvailable : .invalidRequest
        return Self.response(to: request, error: error, batched: version >= 4)
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
        response.coordinators = request.coordinatorKeys.map {
            FindCoordinatorResponse.Coordinator(
                key: $0, nodeId: -1, host: "", port: -1, errorCode: error.rawValue, errorMessage: message)
        }
        return response
    }
}
