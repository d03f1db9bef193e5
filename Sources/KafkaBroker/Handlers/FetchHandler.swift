// API: Fetch (key 1), versions 4-17.
//
// Versions: Kafka 4.0 serves 4-17 (KIP-896 removed 0-3). v7+ carry fetch sessions (KIP-227),
// v9+ the current leader epoch (KIP-320), v11+ the preferred read replica (always -1 here),
// v12+ flexible with diverging epoch / current leader tags, v13+ topic ids instead of names
// (KIP-516), v15+ the replica id inside ReplicaState (KIP-903), v16+ node endpoints (KIP-951),
// v17 the replica directory id (KIP-853; ignored).
//
// Behaviour (Kafka KafkaApis.handleFetchRequest, ReplicaManager.fetchMessages, DelayedFetch):
// - The session fields pick a context: epoch -1 sessionless, 0 full (opens a session, the id goes
//   back in the response; 0 when the cache has no room), >0 incremental on a live session at its
//   exact epoch, else FETCH_SESSION_ID_NOT_FOUND / INVALID_FETCH_SESSION_EPOCH /
//   FETCH_SESSION_TOPIC_ID_ERROR as the top-level error with no partitions. Incremental requests
//   add/update partitions and drop `forgotten_topics_data`; their responses list only partitions
//   with records, an error, or moved offsets.
// - Reads go to the high watermark (read_uncommitted) or the last stable offset with the aborted
//   transactions (read_committed); followers (replica id >= 0) read to the log end. `max_bytes`
//   is shared in order and `partition_max_bytes` caps each partition, but the first batch found
//   is sent whole (KIP-74). Errors per partition: UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN_TOPIC_ID
//   (v13+), NOT_LEADER_OR_FOLLOWER and FENCED/UNKNOWN_LEADER_EPOCH (with the leader hint from
//   v12), OFFSET_OUT_OF_RANGE, KAFKA_STORAGE_ERROR.
// - Long poll: when fewer than `min_bytes` are readable the fetch waits, woken by appends to its
//   partitions, until enough bytes are there or `max_wait_ms` passes, then reads again.
// - Records are file regions of the segment files, sent with sendfile; their bytes are never
//   read into memory here. Partitions without data get empty (not null) records, as Kafka sends.
//
// Gaps: no follower state (a replica id >= 0 reads to the log end and nothing more: no ISR or
// high watermark updates from followers, no diverging-epoch check on lastFetchedEpoch), no
// rack-aware preferred read replica (KIP-392), no quotas, no fairness rotation of session
// partitions when `max_bytes` runs out.

import KafkaProtocol
import KafkaStorage
import NIOCore

/// Serves Fetch through the `ReplicaManager` and its `FetchManager`.
public struct FetchHandler: ApiHandler {
    public let replicaManager: ReplicaManager

    public init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    public var versions: VersionRange { VersionRange(4, 17) }

    public func handle(_ request: FetchRequest, version: Int16, client: ClientConnection) async throws -> FetchResponse? {
        let usesTopicIds = version >= 13
        let replicaId = version >= 15 ? request.replicaState.replicaId : request.replicaId
        let isFollower = replicaId >= 0
        var partitions: [FetchPartitionParameters] = []
        for topic in request.topics {
            for partition in topic.partitions {
                let key = Self.key(topic: topic.topic, topicId: topic.topicId, partition: partition.partition, usesTopicIds)
                partitions.append(
                    FetchPartitionParameters(
                        key: key, fetchOffset: partition.fetchOffset, currentLeaderEpoch: partition.currentLeaderEpoch,
                        lastFetchedEpoch: partition.lastFetchedEpoch, logStartOffset: partition.logStartOffset,
                        maxBytes: partition.partitionMaxBytes))
            }
        }
        let forgotten = request.forgottenTopicsData.flatMap { topic in
            topic.partitions.map { Self.key(topic: topic.topic, topicId: topic.topicId, partition: $0, usesTopicIds) }
        }

        let fetchManager = self.replicaManager.fetchManager
        let context = await fetchManager.newContext(
            sessionId: request.sessionId, epoch: request.sessionEpoch, privileged: isFollower,
            usesTopicIds: usesTopicIds, partitions: partitions, forgotten: forgotten)
        if case .error(let error) = context {
            return FetchResponse(errorCode: error.rawValue, sessionId: 0)
        }
        let isolation: FetchIsolation = isFollower ? .logEnd : (request.isolationLevel == 1 ? .committed : .highWatermark)
        let results = await self.replicaManager.fetchMessages(
            context.partitions, maxWait: .milliseconds(max(0, request.maxWaitMs)), minBytes: Int(request.minBytes),
            maxBytes: Int(request.maxBytes), isolation: isolation)
        let resultsByKey = Dictionary(results.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        let outcome = await fetchManager.completeResponse(context, summaries: resultsByKey.mapValues(\.summary))
        guard case .respond(let sessionId, let keys) = outcome else {
            if case .error(let error) = outcome { return FetchResponse(errorCode: error.rawValue, sessionId: 0) }
            return FetchResponse(errorCode: ErrorCode.unknownServerError.rawValue)
        }
        return self.makeResponse(
            sessionId: sessionId, keys: keys, results: resultsByKey, isolation: isolation, version: version,
            listener: client.listenerName)
    }

    public func errorResponse(to request: FetchRequest, error: ErrorCode) -> FetchResponse {
        // Kafka FetchRequest.getErrorResponse: the top-level error and no partitions.
        FetchResponse(errorCode: error.rawValue, sessionId: 0)
    }

    static func key(topic: String, topicId: Uuid, partition: Int32, _ usesTopicIds: Bool) -> FetchPartitionKey {
        usesTopicIds ? FetchPartitionKey(topicId: topicId, partition: partition) : FetchPartitionKey(topic: topic, partition: partition)
    }

    /// Builds the response for `keys`, in order, grouping consecutive partitions of a topic (Kafka
    /// FetchResponse.of). File regions are made last, so nothing can fail after they exist.
    private func makeResponse(
        sessionId: Int32, keys: [FetchPartitionKey], results: [FetchPartitionKey: PartitionFetchResult],
        isolation: FetchIsolation, version: Int16, listener: String
    ) -> FetchResponse {
        var response = FetchResponse(errorCode: ErrorCode.none.rawValue, sessionId: sessionId)
        var leaderHints: Set<Int32> = []
        for key in keys {
            guard let result = results[key] else { continue }
            var data = FetchResponse.PartitionData(
                partitionIndex: key.partition, errorCode: result.error.rawValue, highWatermark: result.highWatermark,
                lastStableOffset: result.lastStableOffset, logStartOffset: result.logStartOffset,
                abortedTransactions: nil, records: .bytes(ByteBuffer()))
            if isolation == .committed && result.error == .none {
                data.abortedTransactions = (result.abortedTransactions ?? []).map {
                    .init(producerId: $0.producerId, firstOffset: $0.firstOffset)
                }
            }
            if version >= 12, result.currentLeader >= 0,
                result.error == .notLeaderOrFollower || result.error == .fencedLeaderEpoch
            {
                data.currentLeader = .init(leaderId: result.currentLeader, leaderEpoch: result.currentLeaderEpoch)
                if result.currentLeader != self.replicaManager.context.nodeId { leaderHints.insert(result.currentLeader) }
            }
            if let slice = result.records {
                do {
                    data.records = .fileRegion(try slice.makeFileRegion())
                } catch {
                    data.errorCode = ErrorCode.kafkaStorageError.rawValue
                }
            }
            let topicName = version < 13 ? key.topic : ""
            let topicId = version >= 13 ? key.topicId : .zero
            if let last = response.responses.indices.last, response.responses[last].topic == topicName,
                response.responses[last].topicId == topicId
            {
                response.responses[last].partitions.append(data)
            } else {
                response.responses.append(.init(topic: topicName, topicId: topicId, partitions: [data]))
            }
        }
        if version >= 16 {
            let image = self.replicaManager.context.publisher.current
            for leader in leaderHints.sorted() {
                if let endpoint = image.endpoint(of: leader, listener: listener) {
                    response.nodeEndpoints.append(
                        .init(nodeId: leader, host: endpoint.host, port: endpoint.port, rack: endpoint.rack))
                }
            }
        }
        return response
    }
}
