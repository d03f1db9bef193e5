// API: OffsetFetch (key 9), versions 1-9. Kafka 4.0 removed v0 (KIP-896).
//
// Behaviour (Kafka KafkaApis.handleOffsetFetchRequest, OffsetMetadataManager.fetchOffsets):
// the committed offset, leader epoch and metadata of each asked partition; a partition without
// a commit (or an unknown group) answers offset -1, metadata "" and no error. Null topics (v2+)
// ask for every committed offset of the group.
//
// Versions: v1 has no top-level error, so a coordinator error goes to every partition; v2+
// top-level error_code; v5+ leader epoch; v7 require_stable (nothing is ever unstable here: no
// transactional commits are pending); v8+ several groups per request (KIP-709), each answered
// with its own error; v9 member id and epoch, validated only for KIP-848 groups, so ignored.
//
// Gaps: no quotas, no ACLs, no pending transactional offsets.

import KafkaProtocol
import KafkaStorage

/// Serves OffsetFetch through the `GroupCoordinator`.
public struct OffsetFetchHandler: ApiHandler {
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(1, 9)

    public init(coordinator: GroupCoordinator) {
        self.coordinator = coordinator
    }

    public func handle(_ request: OffsetFetchRequest, version: Int16, client: ClientConnection) async throws -> OffsetFetchResponse? {
        if version >= 8 {
            var response = OffsetFetchResponse()
            for group in request.groups {
                let asked = group.topics.map { topics in topics.map { ($0.name, $0.partitionIndexes) } }
                let (error, topics) = await self.fetch(groupId: group.groupId, asked: asked)
                response.groups.append(
                    .init(
                        groupId: group.groupId,
                        topics: topics.map { topic in
                            .init(
                                name: topic.name,
                                partitions: topic.partitions.map {
                                    .init(
                                        partitionIndex: $0.partitionIndex, committedOffset: $0.committedOffset,
                                        committedLeaderEpoch: $0.committedLeaderEpoch, metadata: $0.metadata, errorCode: $0.errorCode)
                                })
                        }, errorCode: error.rawValue))
            }
            return response
        }
        let asked = request.topics.map { topics in topics.map { ($0.name, $0.partitionIndexes) } }
        let (error, topics) = await self.fetch(groupId: request.groupId, asked: asked)
        if version < 2 && error != .none {
            return self.errorResponse(to: request, error: error)
        }
        var response = OffsetFetchResponse(topics: topics)
        if version >= 2 { response.errorCode = error.rawValue }
        if version < 5 {
            for index in response.topics.indices {
                for partition in response.topics[index].partitions.indices {
                    response.topics[index].partitions[partition].committedLeaderEpoch = -1
                }
            }
        }
        return response
    }

    /// One group's answer, topics in request order (or name order for all topics).
    private func fetch(groupId: String, asked: [(String, [Int32])]?) async -> (ErrorCode, [OffsetFetchResponse.OffsetFetchResponseTopic]) {
        let partitions = asked.map { $0.flatMap { name, indexes in indexes.map { TopicPartition(topic: name, partition: $0) } } }
        let (error, committed) = await self.coordinator.fetchOffsets(groupId: groupId, partitions: partitions)
        guard error == .none else { return (error, []) }
        let order: [(String, [Int32])]
        if let asked {
            order = asked
        } else {
            var byTopic: [String: [Int32]] = [:]
            for partition in committed.keys { byTopic[partition.topic, default: []].append(partition.partition) }
            order = byTopic.keys.sorted().map { ($0, byTopic[$0]!.sorted()) }
        }
        let topics = order.map { name, indexes in
            OffsetFetchResponse.OffsetFetchResponseTopic(
                name: name,
                partitions: indexes.map { index in
                    let offset = committed[TopicPartition(topic: name, partition: index)]
                    return .init(
                        partitionIndex: index, committedOffset: offset?.offset ?? -1,
                        committedLeaderEpoch: offset?.leaderEpoch ?? -1, metadata: offset?.metadata ?? "",
                        errorCode: ErrorCode.none.rawValue)
                })
        }
        return (.none, topics)
    }

    public func errorResponse(to request: OffsetFetchRequest, error: ErrorCode) -> OffsetFetchResponse {
        var response = OffsetFetchResponse(errorCode: error.rawValue)
        response.topics = (request.topics ?? []).map { topic in
            .init(
                name: topic.name,
                partitions: topic.partitionIndexes.map {
                    .init(partitionIndex: $0, committedOffset: -1, committedLeaderEpoch: -1, metadata: "", errorCode: error.rawValue)
                })
        }
        response.groups = request.groups.map { .init(groupId: $0.groupId, errorCode: error.rawValue) }
        return response
    }
}
