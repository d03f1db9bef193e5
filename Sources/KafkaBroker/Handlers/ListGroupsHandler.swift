// API: ListGroups (key 16), versions 0-5.
//
// Behaviour (Kafka GroupCoordinatorService.listGroups): every group this coordinator owns with
// its protocol type (empty for groups that only ever committed offsets), optionally filtered.
// Dead groups are not listed.
//
// Versions: v3 flexible; v4 states_filter (KIP-518; matched case-insensitively, as Kafka 4.0
// does; a filter naming no known state matches nothing) and group_state in the answer; v5
// types_filter and group_type (KIP-848): every group here is "classic".
//
// Gaps: no ACLs (Kafka lists only the groups the principal may describe).

import KafkaProtocol

/// Serves ListGroups through the `GroupCoordinator`.
public struct ListGroupsHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(0, 5)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: ListGroupsRequest, version: Int16, client: ClientConnection) async throws -> ListGroupsResponse? {
        let statesFilter = version >= 4 ? request.statesFilter : []
        let typesFilter = version >= 5 ? request.typesFilter : []
        if !typesFilter.isEmpty && !typesFilter.contains(where: { $0.lowercased() == "classic" }) {
            return ListGroupsResponse(errorCode: ErrorCode.none.rawValue)
        }
        let states = Set(statesFilter.compactMap(GroupState.parse))
        if !statesFilter.isEmpty && states.isEmpty { return ListGroupsResponse(errorCode: ErrorCode.none.rawValue) }
        let groups = await self.coordinator.listGroups(states: states)
        return ListGroupsResponse(
            errorCode: ErrorCode.none.rawValue,
            groups: groups.map {
                .init(
                    groupId: $0.groupId, protocolType: $0.protocolType, groupState: version >= 4 ? $0.state.rawValue : "",
                    groupType: version >= 5 ? "classic" : "")
            })
    }

    public func errorResponse(to request: ListGroupsRequest, error: ErrorCode) -> ListGroupsResponse {
        ListGroupsResponse(errorCode: error.rawValue)
    }
}
