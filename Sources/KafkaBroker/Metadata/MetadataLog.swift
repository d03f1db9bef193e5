import KafkaProtocol
import KafkaStorage
import NIOCore

/// The `__cluster_metadata-0` partition: metadata records stored as ordinary record batches
/// (null keys, values in MetadataRecord's framing), appended by the controller and replayed on start.
///
/// With one voter the Raft quorum is trivial: the single controller is the leader of epoch 1 and
/// an append is committed when it is written. The batches and offsets are the ones a replicated
/// quorum will later ship with Raft Fetch, so the on-disk shape does not change then.
final class MetadataLog: Sendable {
    static let topicPartition = TopicPartition(topic: "__cluster_metadata", partition: 0)
    /// The single voter's leader epoch.
    static let leaderEpoch: Int32 = 1

    let log: PartitionLog

    private init(log: PartitionLog) {
        self.log = log
    }

    /// Opens (recovering if needed) the metadata log under `directory` and replays it.
    /// - Returns: the log and the image as of its last record.
    /// - Throws: storage errors, `ProtocolDecodingError` for an undecodable record, and
    ///   `MetadataImage.InconsistentRecord` when the records contradict each other.
    static func open(directory: String, hadCleanShutdown: Bool) throws -> (MetadataLog, MetadataImage) {
        var config = LogConfig()
        config.retentionMs = -1
        config.retentionBytes = -1
        let log = try PartitionLog.open(
            directory: "\(directory)/\(Self.topicPartition.directoryName)", topicPartition: Self.topicPartition,
            config: config, hadCleanShutdown: hadCleanShutdown)
        let metadataLog = MetadataLog(log: log)
        var image = MetadataImage.empty
        try metadataLog.replay { record, offset in try image.apply(record, offset: offset) }
        _ = log.updateHighWatermark(log.logEndOffset)
        return (metadataLog, image)
    }

    /// Calls `body` for every record in the log, in order.
    func replay(_ body: (MetadataRecord, Int64) throws -> Void) throws {
        var offset = self.log.logStartOffset
        while offset < self.log.logEndOffset {
            let bytes = try self.log.readBytes(from: offset, maxBytes: 1 << 20)
            guard bytes.readableBytes > 0 else { break }
            var batches = MemoryRecords(bytes).batches()
            while let batch = try batches.next() {
                guard case .magic2(let recordBatch) = batch else {
                    throw ProtocolDecodingError.invalidValue(what: "metadata log batch", reason: "legacy magic")
                }
                offset = recordBatch.lastOffset + 1
                if recordBatch.isControlBatch { continue }
                var records = try recordBatch.records()
                while let record = try records.next() {
                    guard let value = record.value else { continue }
                    try body(try MetadataRecord(decoding: value), record.offset)
                }
            }
        }
    }

    /// Appends records as one batch, written atomically, and flushes it: the controller only
    /// applies a change to its image once the change is durable.
    /// - Returns: the offset of each record.
    func append(_ records: [MetadataRecord], timestamp: Int64) throws -> [Int64] {
        guard !records.isEmpty else { return [] }
        var builder = RecordBatchBuilder(partitionLeaderEpoch: Self.leaderEpoch)
        for record in records {
            try builder.append(timestamp: timestamp, key: nil, value: try record.encoded())
        }
        let info = try self.log.appendAsLeader(try builder.build(), leaderEpoch: Self.leaderEpoch, origin: .client)
        try self.log.flush()
        _ = self.log.updateHighWatermark(self.log.logEndOffset)
        return (0..<records.count).map { info.firstOffset + Int64($0) }
    }
}
