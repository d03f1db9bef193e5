// API: SyncGroup (key 14), versions 0-5.
//
// Behaviour (Kafka GroupMetadataManager.classicGroupSync): in CompletingRebalance the member
// waits for the leader's assignment; the leader's SyncGroup stores the group with every
// member's assignment in __consumer_offsets, and only then are all waiting members answered and
// the group Stable. In Stable a member gets its current assignment. Errors: INVALID_GROUP_ID (empty
// id), UNKNOWN_MEMBER_ID,
// FENCED_INSTANCE_ID, ILLEGAL_GENERATION, INCONSISTENT_GROUP_PROTOCOL (v5 protocol type or name
// differing from the group's), REBALANCE_IN_PROGRESS (a rebalance started meanwhile),
// COORDINATOR_NOT_AVAILABLE / NOT_COORDINATOR, and the write's error mapped as Kafka maps it.
//
// Versions: v3+ group.instance.id; v5 protocol type and name in request and answer (KIP-559).
//
// Gaps: no quotas, no ACLs.

import KafkaProtocol
import NIOCore

/// Serves SyncGroup through the `GroupCoordinator`.
public struct SyncGroupHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(0, 5)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: SyncGroupRequest, version: Int16, client: ClientConnection) async throws -> SyncGroupResponse? {
        var assignments: [String: ByteBuffer] = [:]
        for assignment in request.assignments { assignments[assignment.memberId] = assignment.assignment }
        let result = await self.coordinator.sync(
            groupId: request.groupId, generationId: request.generationId, memberId: request.memberId,
            groupInstanceId: version >= 3 ? request.groupInstanceId : nil,
            protocolType: version >= 5 ? request.protocolType : nil, protocolName: version >= 5 ? request.protocolName : nil,
            assignments: assignments)
        return SyncGroupResponse(
            errorCode: result.error.rawValue, protocolType: version >= 5 ? result.protocolType : nil,
            protocolName: version >= 5 ? result.protocolName : nil, assignment: result.assignment)
    }

    public func errorResponse(to request: SyncGroupRequest, error: ErrorCode) -> SyncGroupResponse {
        SyncGroupResponse(errorCode: error.rawValue)
    }
}
