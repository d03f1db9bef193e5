// API: ListOffsets (key 2), versions 1-10.
//
// Versions: Kafka 4.0 serves 1-10 (KIP-896 removed v0, whose answers were offset lists). v2+
// carry the isolation level, v4+ the current leader epoch (KIP-320) and the leader epoch of the
// answer, v7+ may ask -3 (max timestamp, KIP-734), v8+ -4 (earliest local, KIP-405), v9+ -5
// (latest tiered, KIP-1005), v10 a timeout for tiered lookups (ignored: nothing is tiered).
//
// Behaviour (Kafka KafkaApis.handleListOffsetRequest, ReplicaManager.fetchOffsetForTimestamp):
// - -1 latest: the high watermark (read_uncommitted) or last stable offset (read_committed) for
//   consumers (replica id -1), the log end offset for others; with the current leader epoch.
// - -2 earliest and -4 earliest local: the log start offset; -3 the record with the largest
//   timestamp; -5 none (-1); a timestamp: the first record at or after it. A record the client
//   may not read yet counts as none found: offset -1 and timestamp -1 with no error.
// - Errors per partition: UNKNOWN_TOPIC_OR_PARTITION, NOT_LEADER_OR_FOLLOWER,
//   FENCED/UNKNOWN_LEADER_EPOCH, INVALID_REQUEST for a partition listed twice, KAFKA_STORAGE_ERROR.
//
// Gaps: no OFFSET_NOT_AVAILABLE (Kafka's check that a new leader's high watermark has caught up to
// its epoch start cannot fail with one replica), no ACLs, no tiered storage.

import KafkaProtocol
import KafkaStorage

/// Serves ListOffsets through the `ReplicaManager`.
public struct ListOffsetsHandler: ApiHandler {
    public let replicaManager: ReplicaManager

    public init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    public var versions: VersionRange { VersionRange(1, 10) }

    /// Kafka ListOffsetsRequest.CONSUMER_REPLICA_ID.
    static let consumerReplicaId: Int32 = -1

    public func handle(_ request: ListOffsetsRequest, version: Int16, client: ClientConnection) async throws
        -> ListOffsetsResponse?
    {
        let isolation: FetchIsolation? =
            request.replicaId == Self.consumerReplicaId ? (request.isolationLevel == 1 ? .committed : .highWatermark) : nil
        var seen: [TopicPartition: Int] = [:]
        for topic in request.topics {
            for partition in topic.partitions {
                seen[TopicPartition(topic: topic.name, partition: partition.partitionIndex), default: 0] += 1
            }
        }
        var response = ListOffsetsResponse()
        for topic in request.topics {
            var topicResponse = ListOffsetsResponse.ListOffsetsTopicResponse(name: topic.name)
            for partition in topic.partitions {
                let topicPartition = TopicPartition(topic: topic.name, partition: partition.partitionIndex)
                var answer = ListOffsetsResponse.ListOffsetsPartitionResponse(partitionIndex: partition.partitionIndex)
                if seen[topicPartition, default: 0] > 1 {
                    // Kafka KafkaApis: partitions listed more than once are refused.
                    answer.errorCode = ErrorCode.invalidRequest.rawValue
                } else {
                    do {
                        let found = try self.replicaManager.fetchOffset(
                            forTimestamp: partition.timestamp, in: topicPartition, isolation: isolation,
                            currentLeaderEpoch: version >= 4 ? partition.currentLeaderEpoch : -1)
                        answer.timestamp = found.timestamp
                        answer.offset = found.offset
                        if version >= 4 { answer.leaderEpoch = found.leaderEpoch ?? -1 }
                    } catch {
                        answer.errorCode = ErrorCode.forError(error).rawValue
                    }
                }
                topicResponse.partitions.append(answer)
            }
            response.topics.append(topicResponse)
        }
        return response
    }

    public func errorResponse(to request: ListOffsetsRequest, error: ErrorCode) -> ListOffsetsResponse {
        ListOffsetsResponse(
            topics: request.topics.map { topic in
                .init(
                    name: topic.name,
                    partitions: topic.partitions.map { .init(partitionIndex: $0.partitionIndex, errorCode: error.rawValue) })
            })
    }
}
