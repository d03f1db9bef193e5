// API: DeleteGroups (key 42), versions 0-2.
//
// Behaviour (Kafka GroupCoordinatorService.deleteGroups): a group without members is deleted:
// tombstones for its offsets and its metadata are written to __consumer_offsets and it is
// forgotten. GROUP_ID_NOT_FOUND for an unknown group, NON_EMPTY_GROUP while it has members,
// NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE when this node does not own it.
//
// Versions: v2 flexible.
//
// Gaps: no ACLs.

import KafkaProtocol

/// Serves DeleteGroups through the `GroupCoordinator`.
public struct DeleteGroupsHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(0, 2)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: DeleteGroupsRequest, version: Int16, client: ClientConnection) async throws -> DeleteGroupsResponse? {
        var response = DeleteGroupsResponse()
        for groupId in request.groupsNames {
            let error = await self.coordinator.deleteGroup(groupId)
            response.results.append(.init(groupId: groupId, errorCode: error.rawValue))
        }
        return response
    }

    public func errorResponse(to request: DeleteGroupsRequest, error: ErrorCode) -> DeleteGroupsResponse {
        DeleteGroupsResponse(results: request.groupsNames.map { .init(groupId: $0, errorCode: error.rawValue) })
    }
}
