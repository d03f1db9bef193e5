// API: DeleteRecords (key 21), versions 0-2.
//
// Versions: Kafka 4.0 serves 0-2 (none removed by KIP-896); v2 is flexible.
//
// Behaviour (Kafka ReplicaManager.deleteRecords, Partition.deleteRecordsOnLeader): each partition's
// log start offset moves up to the given offset (-1: the high watermark) and segments wholly below
// it are deleted; the answer is the new low watermark. With one replica no follower must catch up,
// so nothing waits for `timeout_ms`. Errors per partition: UNKNOWN_TOPIC_OR_PARTITION,
// NOT_LEADER_OR_FOLLOWER, OFFSET_OUT_OF_RANGE (below -1 or above the high watermark),
// POLICY_VIOLATION (cleanup.policy without delete), KAFKA_STORAGE_ERROR.
//
// Gaps: no ACLs; no DelayedDeleteRecords (needed once followers exist).

import KafkaProtocol
import KafkaStorage

/// Serves DeleteRecords through the `ReplicaManager`.
public struct DeleteRecordsHandler: ApiHandler {
    public let replicaManager: ReplicaManager

    public init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    public var versions: VersionRange { VersionRange(0, 2) }

    public func handle(_ request: DeleteRecordsRequest, version: Int16, client: ClientConnection) async throws
        -> DeleteRecordsResponse?
    {
        var response = DeleteRecordsResponse()
        for topic in request.topics {
            var result = DeleteRecordsResponse.DeleteRecordsTopicResult(name: topic.name)
            for partition in topic.partitions {
                var answer = DeleteRecordsResponse.DeleteRecordsPartitionResult()
                answer.partitionIndex = partition.partitionIndex
                do {
                    answer.lowWatermark = try self.replicaManager.deleteRecords(
                        in: TopicPartition(topic: topic.name, partition: partition.partitionIndex),
                        before: partition.offset)
                } catch {
                    // Kafka DeleteRecordsResponse.INVALID_LOW_WATERMARK.
                    answer.lowWatermark = -1
                    answer.errorCode = ErrorCode.forError(error).rawValue
                }
                result.partitions.append(answer)
            }
            response.topics.append(result)
        }
        return response
    }

    public func errorResponse(to request: DeleteRecordsRequest, error: ErrorCode) -> DeleteRecordsResponse {
        DeleteRecordsResponse(
            topics: request.topics.map { topic in
                .init(
                    name: topic.name,
                    partitions: topic.partitions.map { partition in
                        var answer = DeleteRecordsResponse.DeleteRecordsPartitionResult()
                        answer.partitionIndex = partition.partitionIndex
                        answer.lowWatermark = -1
                        answer.errorCode = error.rawValue
                        return answer
                    })
            })
    }
}
