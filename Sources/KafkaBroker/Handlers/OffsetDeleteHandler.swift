// API: OffsetDelete (key 47), version 0.
//
// Behaviour (Kafka KafkaApis.handleOffsetDeleteRequest, OffsetMetadataManager.deleteOffsets):
// deletes a group's committed offsets with tombstones. Group level: GROUP_ID_NOT_FOUND (unknown
// group), NON_EMPTY_GROUP (members of a protocol other than "consumer"), NOT_COORDINATOR /
// COORDINATOR_NOT_AVAILABLE. Per partition: UNKNOWN_TOPIC_OR_PARTITION for topics the metadata
// does not know, GROUP_SUBSCRIBED_TO_TOPIC while the group's members consume the topic;
// partitions without a commit succeed.
//
// Gaps: no ACLs.

import KafkaProtocol
import KafkaStorage

/// Serves OffsetDelete through the `GroupCoordinator`.
public struct OffsetDeleteHandler: ApiHandler {
    public let context: BrokerContext
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(0, 0)

    public init(context: BrokerContext, coordinator: GroupCoordinator) {
        self.context = context
        self.coordinator = coordinator
    }

    public func handle(_ request: OffsetDeleteRequest, version: Int16, client: ClientConnection) async throws -> OffsetDeleteResponse? {
        let image = self.context.publisher.current
        var errors: [TopicPartition: ErrorCode] = [:]
        var partitions: [TopicPartition] = []
        for topic in request.topics {
            for partition in topic.partitions {
                let topicPartition = TopicPartition(topic: topic.name, partition: partition.partitionIndex)
                if image.topic(named: topic.name)?.partitions[partition.partitionIndex] == nil {
                    errors[topicPartition] = .unknownTopicOrPartition
                } else {
                    partitions.append(topicPartition)
                }
            }
        }
        let (error, results) = await self.coordinator.deleteOffsets(groupId: request.groupId, partitions: partitions)
        guard error == .none else { return OffsetDeleteResponse(errorCode: error.rawValue) }
        errors.merge(results) { _, new in new }
        return OffsetDeleteResponse(
            errorCode: ErrorCode.none.rawValue,
            topics: request.topics.map { topic in
                .init(
                    name: topic.name,
                    partitions: topic.partitions.map {
                        let code = errors[TopicPartition(topic: topic.name, partition: $0.partitionIndex)] ?? .none
                        return .init(partitionIndex: $0.partitionIndex, errorCode: code.rawValue)
                    })
            })
    }

    public func errorResponse(to request: OffsetDeleteRequest, error: ErrorCode) -> OffsetDeleteResponse {
        OffsetDeleteResponse(errorCode: error.rawValue)
    }
}
