import KafkaProtocol

/// FindCoordinator for a group (key type 0), shared by the consumer's coordinator and the admin
/// client's group calls (Kafka FindCoordinatorRequest; AbstractCoordinator.lookupCoordinator).
public enum CoordinatorLookup {
    /// Finds the group's coordinator and connects to it, retrying COORDINATOR_NOT_AVAILABLE and
    /// other retriable answers with backoff until `maxWait` passes.
    /// - Returns: the coordinator's connection and node id.
    /// - Throws: `KafkaApiError` (GROUP_AUTHORIZATION_FAILED, INVALID_REQUEST, or the last retriable
    ///   code at the deadline), `ConnectionError`.
    public static func connection(
        forGroup groupId: String, cluster: KafkaCluster, maxWait: Duration
    ) async throws -> (connection: BrokerConnection, nodeId: Int32) {
        let deadline = ContinuousClock.now + maxWait
        var attempt = 0
        while true {
            attempt += 1
            do {
                let nodeId = try await Self.find(groupId: groupId, cluster: cluster)
                if await cluster.metadata.brokers[nodeId] == nil { _ = try await cluster.refreshMetadata(topics: []) }
                return (try await cluster.connection(to: nodeId), nodeId)
            } catch let error as KafkaApiError where !error.isRetriable {
                throw error
            } catch {
                if ContinuousClock.now >= deadline { throw error }
            }
            let config = cluster.config
            try await Task.sleep(for: min(config.backoff(attempt: attempt), max(.milliseconds(1), deadline - .now)))
        }
    }

    /// One FindCoordinator round trip; v4+ carries the key in `coordinatorKeys` (KIP-699).
    static func find(groupId: String, cluster: KafkaCluster) async throws -> Int32 {
        let connection = try await cluster.anyConnection()
        let version = try connection.version(of: FindCoordinatorRequest.self)
        var request = FindCoordinatorRequest()
        request.keyType = 0
        if version >= 4 { request.coordinatorKeys = [groupId] } else { request.key = groupId }
        let response = try await connection.send(request, version: version)
        let (code, message, nodeId): (Int16, String?, Int32)
        if version >= 4 {
            guard let entry = response.coordinators.first(where: { $0.key == groupId }) ?? response.coordinators.first
            else {
                throw KafkaApiError(code: .coordinatorNotAvailable, message: nil, context: "FindCoordinator \(groupId)")
            }
            (code, message, nodeId) = (entry.errorCode, entry.errorMessage, entry.nodeId)
        } else {
            (code, message, nodeId) = (response.errorCode, response.errorMessage, response.nodeId)
        }
        let error = ErrorCode(code)
        if error.isError { throw KafkaApiError(code: error, message: message, context: "FindCoordinator \(groupId)") }
        return nodeId
    }
}
