// API: Heartbeat (key 12), versions 0-4.
//
// Behaviour (Kafka GroupMetadataManager.classicGroupHeartbeat): a known member of the current
// generation renews its session; REBALANCE_IN_PROGRESS tells it to rejoin. Errors:
// INVALID_GROUP_ID (empty id), UNKNOWN_MEMBER_ID (unknown group or member, or an empty group), FENCED_INSTANCE_ID,
// ILLEGAL_GENERATION, COORDINATOR_NOT_AVAILABLE / NOT_COORDINATOR.
//
// Versions: v3+ group.instance.id; v4 flexible.
//
// Gaps: no quotas, no ACLs.

import KafkaProtocol

/// Serves Heartbeat through the `GroupCoordinator`.
public struct HeartbeatHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(0, 4)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: HeartbeatRequest, version: Int16, client: ClientConnection) async throws -> HeartbeatResponse? {
        let error = await self.coordinator.heartbeat(
            groupId: request.groupId, generationId: request.generationId, memberId: request.memberId,
            groupInstanceId: version >= 3 ? request.groupInstanceId : nil)
        return HeartbeatResponse(errorCode: error.rawValue)
    }

    public func errorResponse(to request: HeartbeatRequest, error: ErrorCode) -> HeartbeatResponse {
        HeartbeatResponse(errorCode: error.rawValue)
    }
}
