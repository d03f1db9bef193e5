// API: DescribeGroups (key 15), versions 0-5.
//
// Behaviour (Kafka GroupMetadataManager.describeGroups): each group's state, protocol type,
// protocol (only when Stable) and members with client id and host; member metadata and
// assignment are included only when the group is Stable. An unknown group is answered with
// state Dead and no error (GROUP_ID_NOT_FOUND arrives with v6, not in our specs); a group this
// node does not coordinate with NOT_COORDINATOR or COORDINATOR_NOT_AVAILABLE.
//
// Versions: v3+ authorized operations when asked (every group operation: no ACLs here); v4+
// group.instance.id of members; v5 flexible.
//
// Gaps: no ACLs.

import KafkaProtocol

/// Serves DescribeGroups through the `GroupCoordinator`.
public struct DescribeGroupsHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(0, 5)

    /// READ, DELETE and DESCRIBE (Kafka AclOperation codes 3, 6 and 8): every operation a group
    /// supports, as a broker without an authorizer allows them all.
    static let groupOperations: Int32 = (1 << 3) | (1 << 6) | (1 << 8)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: DescribeGroupsRequest, version: Int16, client: ClientConnection) async throws -> DescribeGroupsResponse? {
        var response = DescribeGroupsResponse()
        for groupId in request.groups {
            let group = await self.coordinator.describeGroup(groupId)
            response.groups.append(
                .init(
                    errorCode: group.error.rawValue, groupId: groupId, groupState: group.state.rawValue,
                    protocolType: group.protocolType, protocolData: group.protocolData,
                    members: group.members.map {
                        .init(
                            memberId: $0.memberId, groupInstanceId: version >= 4 ? $0.groupInstanceId : nil,
                            clientId: $0.clientId, clientHost: $0.clientHost, memberMetadata: $0.metadata,
                            memberAssignment: $0.assignment)
                    },
                    authorizedOperations: version >= 3 && request.includeAuthorizedOperations ? Self.groupOperations : Int32.min))
        }
        return response
    }

    public func errorResponse(to request: DescribeGroupsRequest, error: ErrorCode) -> DescribeGroupsResponse {
        DescribeGroupsResponse(groups: request.groups.map { .init(errorCode: error.rawValue, groupId: $0) })
    }
}
