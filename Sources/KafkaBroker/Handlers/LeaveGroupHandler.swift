// API: LeaveGroup (key 13), versions 0-5.
//
// Behaviour (Kafka GroupMetadataManager.classicGroupLeave): each member leaves and the rest
// rebalance; a static member may be named by group.instance.id alone. Per member:
// UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID (its instance id is held by another member id). An
// unknown group answers every member UNKNOWN_MEMBER_ID; COORDINATOR_NOT_AVAILABLE /
// NOT_COORDINATOR for the whole request.
//
// Versions: v0-2 name one member (member_id) and answer with the top-level error only (Kafka
// LeaveGroupResponse puts the member's error there); v3+ batch members (KIP-345); v5 a reason
// per member (ignored, as Kafka only logs it).
//
// Gaps: no quotas, no ACLs.

import KafkaProtocol

/// Serves LeaveGroup through the `GroupCoordinator`.
public struct LeaveGroupHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(0, 5)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: LeaveGroupRequest, version: Int16, client: ClientConnection) async throws -> LeaveGroupResponse? {
        let members: [(memberId: String, groupInstanceId: String?)] =
            version >= 3 ? request.members.map { ($0.memberId, $0.groupInstanceId) } : [(request.memberId, nil)]
        let (error, memberErrors) = await self.coordinator.leave(groupId: request.groupId, members: members)
        guard version >= 3 else {
            let first = error != .none ? error : memberErrors.first { $0 != .none } ?? .none
            return LeaveGroupResponse(errorCode: first.rawValue)
        }
        var response = LeaveGroupResponse(errorCode: error.rawValue)
        if error == .none {
            response.members = zip(request.members, memberErrors).map {
                LeaveGroupResponse.MemberResponse(memberId: $0.memberId, groupInstanceId: $0.groupInstanceId, errorCode: $1.rawValue)
            }
        }
        return response
    }

    public func errorResponse(to request: LeaveGroupRequest, error: ErrorCode) -> LeaveGroupResponse {
        LeaveGroupResponse(errorCode: error.rawValue)
    }
}
