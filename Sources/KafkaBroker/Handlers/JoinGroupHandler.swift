// API: JoinGroup (key 11), versions 2-9. Kafka 4.0 removed v0-1 (KIP-896).
//
// Behaviour (Kafka GroupMetadataManager.classicGroupJoin): the member is added or updated and
// the answer waits until the join phase ends: when every member has rejoined, after the
// rebalance timeout, or for a new group after group.initial.rebalance.delay.ms (extended while
// members keep arriving). The leader's answer lists every member with its metadata for the
// protocol the members voted for. Errors: INVALID_GROUP_ID (empty id), INVALID_SESSION_TIMEOUT
// (outside group.min/max.session.timeout.ms), UNKNOWN_MEMBER_ID, INCONSISTENT_GROUP_PROTOCOL
// (no protocols, another protocol type, no protocol in common), GROUP_MAX_SIZE_REACHED,
// FENCED_INSTANCE_ID (a static member's replaced id), COORDINATOR_NOT_AVAILABLE / NOT_COORDINATOR.
//
// Versions: v4+ hands an unknown member an id with MEMBER_ID_REQUIRED first (KIP-394); v5+
// static membership (group.instance.id, KIP-345); v7+ protocol type and name in the answer; v8
// the join reason (logged by Kafka, ignored here); v9 skipAssignment for a static leader that
// rejoins a stable group (KIP-814). Below v3 the rebalance timeout is the session timeout.
//
// Gaps: no quotas (throttle 0), no ACLs.

import KafkaProtocol
import NIOCore

/// Serves JoinGroup through the `GroupCoordinator`.
public struct JoinGroupHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(2, 9)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: JoinGroupRequest, version: Int16, client: ClientConnection) async throws -> JoinGroupResponse? {
        let parameters = JoinGroupParameters(
            groupId: request.groupId, memberId: request.memberId,
            groupInstanceId: version >= 5 ? request.groupInstanceId : nil, requireKnownMemberId: version >= 4,
            version: version, clientId: client.clientId, clientHost: GroupHandlers.clientHost(client),
            rebalanceTimeoutMs: version >= 1 && request.rebalanceTimeoutMs >= 0 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
            sessionTimeoutMs: request.sessionTimeoutMs, protocolType: request.protocolType,
            protocols: request.protocols.map { GroupProtocol(name: $0.name, metadata: $0.metadata) })
        let result = await self.coordinator.join(parameters)
        var response = JoinGroupResponse(
            errorCode: result.error.rawValue, generationId: result.generationId,
            protocolType: version >= 7 ? result.protocolType : nil, protocolName: result.protocolName,
            leader: result.leaderId, skipAssignment: version >= 9 && result.skipAssignment, memberId: result.memberId)
        response.members = result.members.map {
            JoinGroupResponse.JoinGroupResponseMember(
                memberId: $0.memberId, groupInstanceId: version >= 5 ? $0.groupInstanceId : nil, metadata: $0.metadata)
        }
        // Below v7 the protocol name is not nullable: Kafka sends "" for none.
        if version < 7 && response.protocolName == nil { response.protocolName = "" }
        return response
    }

    public func errorResponse(to request: JoinGroupRequest, error: ErrorCode) -> JoinGroupResponse {
        JoinGroupResponse(errorCode: error.rawValue, generationId: -1, protocolName: "", leader: "", memberId: request.memberId)
    }
}
