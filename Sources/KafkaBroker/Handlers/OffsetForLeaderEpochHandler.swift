// API: OffsetForLeaderEpoch (key 23), versions 2-4.
//
// Versions: Kafka 4.0 serves 2-4 (KIP-896 removed 0-1). v2+ carry the current leader epoch
// (KIP-320), v3+ the replica id (-1 consumers, -2 debug), v4+ flexible.
//
// Behaviour (Kafka Partition.lastOffsetForLeaderEpoch, LeaderEpochFileCache.endOffsetFor): the
// answer is the largest epoch at most the one asked and the start offset of the next epoch, or
// the log end offset for the current epoch; -1/-1 for an epoch above every known one. The leader
// counts its current epoch as started at the log end even before writing in it, as Kafka's leader
// records it on election. Errors per partition: UNKNOWN_TOPIC_OR_PARTITION,
// NOT_LEADER_OR_FOLLOWER, FENCED/UNKNOWN_LEADER_EPOCH, KAFKA_STORAGE_ERROR.
//
// Gaps: followers (replica id >= 0) are served like consumers, from the leader only; no ACLs.

import KafkaProtocol
import KafkaStorage

/// Serves OffsetForLeaderEpoch through the `ReplicaManager`.
public struct OffsetForLeaderEpochHandler: ApiHandler {
    public let replicaManager: ReplicaManager

    public init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    public var versions: VersionRange { VersionRange(2, 4) }

    public func handle(_ request: OffsetForLeaderEpochRequest, version: Int16, client: ClientConnection) async throws
        -> OffsetForLeaderEpochResponse?
    {
        var response = OffsetForLeaderEpochResponse()
        for topic in request.topics {
            var result = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult(topic: topic.topic)
            for partition in topic.partitions {
                var answer = OffsetForLeaderEpochResponse.EpochEndOffset(partition: partition.partition)
                do {
                    let (epoch, endOffset) = try self.replicaManager.lastOffset(
                        forLeaderEpoch: partition.leaderEpoch,
                        in: TopicPartition(topic: topic.topic, partition: partition.partition),
                        currentLeaderEpoch: partition.currentLeaderEpoch)
                    answer.leaderEpoch = epoch
                    answer.endOffset = endOffset
                } catch {
                    answer.errorCode = ErrorCode.forError(error).rawValue
                }
                result.partitions.append(answer)
            }
            response.topics.append(result)
        }
        return response
    }

    public func errorResponse(to request: OffsetForLeaderEpochRequest, error: ErrorCode) -> OffsetForLeaderEpochResponse {
        OffsetForLeaderEpochResponse(
            topics: request.topics.map { topic in
                .init(
                    topic: topic.topic,
                    partitions: topic.partitions.map { .init(errorCode: error.rawValue, partition: $0.partition) })
            })
    }
}
