// API: OffsetCommit (key 8), versions 2-9. Kafka 4.0 removed v0-1 (KIP-896).
//
// Behaviour (Kafka KafkaApis.handleOffsetCommitRequest, OffsetMetadataManager.commitOffset):
// partitions of topics the metadata does not know get UNKNOWN_TOPIC_OR_PARTITION, metadata
// longer than offset.metadata.max.bytes OFFSET_METADATA_TOO_LARGE; the rest are checked against
// the group (ClassicGroup.validateOffsetCommit): a commit with generation -1 and no member goes
// to an empty or unknown group (a "simple" consumer or an admin tool); otherwise
// UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID, ILLEGAL_GENERATION, REBALANCE_IN_PROGRESS (the member
// has not synced yet), and for an unknown group ILLEGAL_GENERATION (GROUP_ID_NOT_FOUND from v9).
// Accepted commits are written to __consumer_offsets with acks=all before they are answered.
//
// Versions: v2-4 carry retention_time_ms (-1: the broker's offsets.retention.minutes), which
// sets an explicit expiry; v5 drops it; v6+ committed leader epoch; v7+ group.instance.id;
// v8 flexible; v9 is the KIP-848 consumer protocol's version (classic groups only here).
//
// Gaps: no quotas, no ACLs; the KIP-848 member epoch is treated as a classic generation.

import KafkaProtocol
import KafkaStorage

/// Serves OffsetCommit through the `GroupCoordinator`.
public struct OffsetCommitHandler: ApiHandler {
    public let context: BrokerContext
    public let coordinator: GroupCoordinator
    public let versions = VersionRange(2, 9)

    public init(context: BrokerContext, coordinator: GroupCoordinator) {
        self.context = context
        self.coordinator = coordinator
    }

    public func handle(_ request: OffsetCommitRequest, version: Int16, client: ClientConnection) async throws -> OffsetCommitResponse? {
        let image = self.context.publisher.current
        var errors: [TopicPartition: ErrorCode] = [:]
        var offsets: [TopicPartition: CommittedOffset] = [:]
        for topic in request.topics {
            let known = image.topic(named: topic.name)
            for partition in topic.partitions {
                let topicPartition = TopicPartition(topic: topic.name, partition: partition.partitionIndex)
                guard known?.partitions[partition.partitionIndex] != nil else {
                    errors[topicPartition] = .unknownTopicOrPartition
                    continue
                }
                offsets[topicPartition] = CommittedOffset(
                    offset: partition.committedOffset, leaderEpoch: version >= 6 ? partition.committedLeaderEpoch : -1,
                    metadata: partition.committedMetadata ?? "", commitTimestampMs: 0)
            }
        }
        if !offsets.isEmpty {
            let results = await self.coordinator.commitOffsets(
                groupId: request.groupId, memberId: request.memberId,
                groupInstanceId: version >= 7 ? request.groupInstanceId : nil,
                generationId: request.generationIdOrMemberEpoch, version: version,
                retentionTimeMs: version <= 4 ? request.retentionTimeMs : -1, offsets: offsets)
            errors.merge(results) { _, new in new }
        }
        return OffsetCommitResponse(
            topics: request.topics.map { topic in
                .init(
                    name: topic.name,
                    partitions: topic.partitions.map {
                        let code = errors[TopicPartition(topic: topic.name, partition: $0.partitionIndex)] ?? .unknownServerError
                        return .init(partitionIndex: $0.partitionIndex, errorCode: code.rawValue)
                    })
            })
    }

    public func errorResponse(to request: OffsetCommitRequest, error: ErrorCode) -> OffsetCommitResponse {
        OffsetCommitResponse(
            topics: request.topics.map { topic in
                .init(name: topic.name, partitions: topic.partitions.map { .init(partitionIndex: $0.partitionIndex, errorCode: error.rawValue) })
            })
    }
}
