// API: Produce (key 0), versions 3-11.
//
// Versions: Kafka 4.0 serves 3-12 (KIP-896 removed 0-2; v12 is KIP-890's transactions v2 and is
// not in our message specs, which stop at 11). v13 (topic ids, Kafka 4.1) is not in them either,
// so topics are named. Kafka 4.0 still advertises 0-2 in ApiVersions for old librdkafka
// (KAFKA-18659) while refusing them; our registry advertises exactly what a handler serves.
//
// Behaviour (Kafka KafkaApis.handleProduceRequest, ReplicaManager.appendRecords):
// - acks outside -1/0/1: every partition gets INVALID_REQUIRED_ACKS and nothing is written.
// - Per partition: unknown topic or partition → UNKNOWN_TOPIC_OR_PARTITION (no auto-creation,
//   as in Kafka 4.0: Metadata creates topics); another leader → NOT_LEADER_OR_FOLLOWER with the
//   leader hint (v10+, KIP-951); internal topics → INVALID_TOPIC_EXCEPTION; not exactly one magic
//   v2 batch → INVALID_RECORD (Kafka ProduceRequest.validateRecords); zstd below v7 →
//   UNSUPPORTED_COMPRESSION_TYPE; then the log's checks: MESSAGE_TOO_LARGE (max.message.bytes),
//   RECORD_LIST_TOO_LARGE (larger than a segment), CORRUPT_MESSAGE, INVALID_RECORD,
//   INVALID_TIMESTAMP with one `recordErrors` entry per record outside the window (v8+),
//   OUT_OF_ORDER_SEQUENCE_NUMBER, INVALID_PRODUCER_EPOCH, INVALID_TXN_STATE; acks=-1 with an ISR
//   below min.insync.replicas → NOT_ENOUGH_REPLICAS.
// - An idempotent retry of a batch already in the log is answered NONE with its original base
//   offset (the storage's producer state finds it). Successful answers carry the base offset, the
//   log append time (-1 under CreateTime) and the log start offset (v5+).
// - acks=0: the appends happen and no response is sent; if any partition failed, the connection
//   is closed instead (the only signal a producer that expects no response can get).
//
// Gaps: No quotas (throttle 0), no ACLs, no transaction
// verification with the coordinator (KIP-890), no `__admin_client` exemption for internal topics.
// The append runs on the request's task: a slow disk holds that task, not an I/O thread pool.

import KafkaProtocol
import KafkaStorage
import NIOCore

/// Serves Produce: validates each partition's batch and appends it through the `ReplicaManager`.
public struct ProduceHandler: ApiHandler {
    public let replicaManager: ReplicaManager

    public init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    public var versions: VersionRange { VersionRange(3, 11) }

    /// Topics only the broker's coordinators write (Kafka Topic.isInternal).
    static let internalTopics: Set<String> = ["__consumer_offsets", "__transaction_state", "__share_group_state"]

    public func handle(_ request: ProduceRequest, version: Int16, client: ClientConnection) async throws -> ProduceResponse? {
        let image = self.replicaManager.context.publisher.current
        var leaderHints: Set<Int32> = []
        var response = ProduceResponse()
        for topic in request.topicData {
            var topicResponse = ProduceResponse.TopicProduceResponse(name: topic.name)
            for partitionData in topic.partitionData {
                let topicPartition = TopicPartition(topic: topic.name, partition: partitionData.index)
                var answer = self.produce(
                    partitionData.records, to: topicPartition, acks: request.acks, version: version)
                answer.index = partitionData.index
                if version >= 10, answer.errorCode == ErrorCode.notLeaderOrFollower.rawValue,
                    let known = image.topic(named: topic.name)?.partitions[partitionData.index], known.leader >= 0
                {
                    answer.currentLeader = .init(leaderId: known.leader, leaderEpoch: known.leaderEpoch)
                    leaderHints.insert(known.leader)
                }
                topicResponse.partitionResponses.append(answer)
            }
            response.responses.append(topicResponse)
        }
        guard request.acks != 0 else {
            try Self.closeOnAcksZeroFailure(response)
            return nil
        }
        for leader in leaderHints.sorted() {
            if let endpoint = image.endpoint(of: leader, listener: client.listenerName) {
                response.nodeEndpoints.append(
                    .init(nodeId: leader, host: endpoint.host, port: endpoint.port, rack: endpoint.rack))
            }
        }
        return response
    }

    /// With acks=0 an error has no response to travel in, so Kafka closes the connection
    /// (KafkaApis.handleProduceRequest) and the producer refreshes its metadata.
    /// - Throws: `CloseConnectionRequest` naming each failed partition and its error.
    static func closeOnAcksZeroFailure(_ response: ProduceResponse) throws {
        let failures = response.responses.flatMap { topic in
            topic.partitionResponses.filter { $0.errorCode != ErrorCode.none.rawValue }.map {
                "\(topic.name)-\($0.index) -> \(ErrorCode($0.errorCode).name)"
            }
        }
        guard failures.isEmpty else {
            throw CloseConnectionRequest(
                reason: "error during produce request with ack=0, topic and partition to exceptions: "
                    + failures.joined(separator: ", "))
        }
    }

    public func errorResponse(to request: ProduceRequest, error: ErrorCode) -> ProduceResponse {
        ProduceResponse(
            responses: request.topicData.map { topic in
                .init(
                    name: topic.name,
                    partitionResponses: topic.partitionData.map { Self.failure($0.index, error, message: nil, version: 0) })
            })
    }

    /// One partition: the request-level checks, then the append.
    private func produce(
        _ records: Records?, to topicPartition: TopicPartition, acks: Int16, version: Int16
    ) -> ProduceResponse.PartitionProduceResponse {
        let index = topicPartition.partition
        guard acks == -1 || acks == 0 || acks == 1 else {
            return Self.failure(index, .invalidRequiredAcks, message: nil, version: version)
        }
        if Self.internalTopics.contains(topicPartition.topic) {
            return Self.failure(
                index, .invalidTopicException, message: "Cannot append to internal topic \(topicPartition.topic)",
                version: version)
        }
        let bytes: ByteBuffer
        switch records {
        case .bytes(let buffer)?: bytes = buffer
        case .fileRegion?, nil: bytes = ByteBuffer()
        }
        if let (shapeError, message) = Self.validateShape(bytes, version: version) {
            // Kafka answers an unknown topic before looking at the records.
            do {
                _ = try self.replicaManager.leaderPartition(topicPartition)
            } catch {
                return Self.failure(index, ErrorCode.forError(error), message: nil, version: version)
            }
            return Self.failure(index, shapeError, message: message, version: version)
        }
        do {
            let info = try self.replicaManager.appendRecords(bytes, to: topicPartition, requiredAcks: acks)
            return ProduceResponse.PartitionProduceResponse(
                index: index, errorCode: ErrorCode.none.rawValue, baseOffset: info.firstOffset,
                logAppendTimeMs: info.logAppendTime, logStartOffset: info.logStartOffset)
        } catch {
            let settings = self.replicaManager.partition(topicPartition)?.settings
            let code = ErrorCode.forError(error, maxMessageBytes: settings?.logConfig.maxMessageBytes)
            var answer = Self.failure(index, code, message: "\(error)", version: version)
            if version >= 8, let invalid = error as? InvalidTimestampError, let settings {
                answer.recordErrors = Self.timestampErrors(bytes, error: invalid, config: settings.logConfig)
            }
            return answer
        }
    }

    /// Kafka ProduceRequest.validateRecords for v3+: exactly one batch, magic 2, no zstd before v7.
    /// - Returns: the error and message, nil when the shape is fine (the log checks the rest).
    static func validateShape(_ bytes: ByteBuffer, version: Int16) -> (ErrorCode, String)? {
        var position = bytes.readerIndex
        let end = bytes.writerIndex
        var batches = 0
        var firstMagic: Int8 = -1
        var firstAttributes: Int16 = 0
        // Offsets within a batch header: length at 8, magic at 16, attributes at 21 (Kafka
        // DefaultRecordBatch); a batch spans 12 + length bytes.
        while end - position >= 17, let length = bytes.getInteger(at: position + 8, as: Int32.self), length >= 0 {
            if batches == 0 {
                firstMagic = bytes.getInteger(at: position + 16, as: Int8.self) ?? -1
                firstAttributes = bytes.getInteger(at: position + 21, as: Int16.self) ?? 0
            }
            batches += 1
            position += 12 + Int(length)
        }
        guard batches > 0 else {
            return (.invalidRecord, "Produce requests with version \(version) must have at least one record batch per partition")
        }
        guard firstMagic == RecordBatch.currentMagic else {
            return (
                .invalidRecord,
                "Produce requests with version \(version) are only allowed to contain record batches with magic version 2"
            )
        }
        if version < 7 && firstAttributes & 0x07 == 4 {
            return (.unsupportedCompressionType, "Produce requests with version \(version) cannot use ZStandard compression")
        }
        guard batches == 1 else {
            return (
                .invalidRecord,
                "Produce requests with version \(version) are only allowed to contain exactly one record batch per partition"
            )
        }
        return nil
    }

    /// The records whose create time is outside the topic's window, with Kafka LogValidator's
    /// message. Decodes the batch, which only happens on this error path.
    static func timestampErrors(_ bytes: ByteBuffer, error: InvalidTimestampError, config: LogConfig)
        -> [ProduceResponse.BatchIndexAndErrorMessage]
    {
        let lower = error.now &- min(config.messageTimestampBeforeMaxMs, error.now)
        let upper = error.now &+ min(config.messageTimestampAfterMaxMs, Int64.max - error.now)
        var found: [ProduceResponse.BatchIndexAndErrorMessage] = []
        guard let batch = try? RecordBatch(bytes), var records = try? batch.records() else { return found }
        var index: Int32 = 0
        while let record = try? records.next() {
            if record.timestamp < lower || record.timestamp > upper {
                found.append(
                    .init(
                        batchIndex: index,
                        batchIndexErrorMessage:
                            "Timestamp \(record.timestamp) of message with offset \(record.offset) is out of range. "
                            + "The timestamp should be within [\(lower), \(upper)]"))
            }
            index += 1
        }
        return found
    }

    /// A partition answer for an error: offsets -1, the message from v8 on.
    static func failure(_ index: Int32, _ error: ErrorCode, message: String?, version: Int16)
        -> ProduceResponse.PartitionProduceResponse
    {
        ProduceResponse.PartitionProduceResponse(
            index: index, errorCode: error.rawValue, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1,
            errorMessage: version >= 8 ? message : nil)
    }
}
