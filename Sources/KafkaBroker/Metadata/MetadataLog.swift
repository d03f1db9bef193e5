import Foundation
import KafkaProtocol
import KafkaStorage
import NIOConcurrencyHelpers
import NIOCore

/// The `__cluster_metadata-0` partition: metadata records stored as ordinary record batches
/// (null keys, values in MetadataRecord's framing), appended by the controller and replayed on
/// start, plus the snapshots that let a start skip the log before them.
///
/// With one voter the Raft quorum is trivial: the single controller is the leader of epoch 1 and
/// an append is committed when it is written. The batches and offsets are the ones a replicated
/// quorum will later ship with Raft Fetch, so the on-disk shape does not change then.
///
/// Snapshots (KIP-630): once `maxBytesBetweenSnapshots` of records were appended since the last
/// snapshot (`metadata.log.max.record.bytes.between.snapshots`), the controller writes the image
/// as `<end offset>-<epoch>.checkpoint`; the log start offset then moves to the snapshot's end
/// offset, which deletes the segments wholly below it and the older snapshots. A start loads the
/// newest snapshot and replays only the records after it.
final class MetadataLog: Sendable {
    static let topicPartition = TopicPartition(topic: "__cluster_metadata", partition: 0)
    /// The single voter's leader epoch.
    static let leaderEpoch: Int32 = 1
    /// Kafka's `metadata.log.max.record.bytes.between.snapshots` default: 20 MiB.
    static let defaultMaxBytesBetweenSnapshots: Int64 = 20 * 1024 * 1024

    /// The log holds records from its start offset on, but no snapshot covers the ones before.
    struct MissingSnapshot: Error, CustomStringConvertible {
        var directory: String
        var logStartOffset: Int64
        var description: String {
            "the metadata log in \(self.directory) starts at offset \(self.logStartOffset) and there is no snapshot "
                + "of the records before it"
        }
    }

    let log: PartitionLog
    let directory: String
    let maxBytesBetweenSnapshots: Int64
    /// Bytes of record batches appended (or replayed) since the latest snapshot.
    private let bytesSinceSnapshot: NIOLockedValueBox<Int64>
    private let latestSnapshotName: NIOLockedValueBox<KRaftSnapshotFileName?>

    private init(log: PartitionLog, directory: String, maxBytesBetweenSnapshots: Int64) {
        self.log = log
        self.directory = directory
        self.maxBytesBetweenSnapshots = maxBytesBetweenSnapshots
        self.bytesSinceSnapshot = NIOLockedValueBox(0)
        self.latestSnapshotName = NIOLockedValueBox(nil)
    }

    /// Opens (recovering if needed) the metadata log under `directory`, loads its newest snapshot
    /// and replays the records after it.
    /// - Parameters:
    ///   - segmentBytes: `metadata.log.segment.bytes`.
    ///   - maxBytesBetweenSnapshots: `metadata.log.max.record.bytes.between.snapshots`.
    /// - Returns: the log and the image as of its last record.
    /// - Throws: storage errors, `MetadataSnapshotFile.CorruptSnapshot`, `MissingSnapshot`,
    ///   `ProtocolDecodingError` for an undecodable record, and `MetadataImage.InconsistentRecord`
    ///   when the records contradict each other.
    static func open(
        directory: String, hadCleanShutdown: Bool, segmentBytes: Int? = nil,
        maxBytesBetweenSnapshots: Int64 = MetadataLog.defaultMaxBytesBetweenSnapshots
    ) throws -> (MetadataLog, MetadataImage) {
        var config = LogConfig()
        config.retentionMs = -1
        config.retentionBytes = -1
        if let segmentBytes { config.segmentBytes = segmentBytes }
        let partitionDirectory = "\(directory)/\(Self.topicPartition.directoryName)"
        let log = try PartitionLog.open(
            directory: partitionDirectory, topicPartition: Self.topicPartition, config: config,
            hadCleanShutdown: hadCleanShutdown)
        let metadataLog = MetadataLog(
            log: log, directory: partitionDirectory, maxBytesBetweenSnapshots: maxBytesBetweenSnapshots)

        var image = MetadataImage.empty
        var replayFrom = log.logStartOffset
        let snapshots = MetadataSnapshotFile.list(directory: partitionDirectory)
        // A crash while writing or deleting a snapshot leaves these; they are never read.
        for leftover in snapshots where leftover.state != .complete {
            try? FileManager.default.removeItem(atPath: "\(partitionDirectory)/\(leftover.fileName)")
        }
        if let latest = snapshots.first(where: { $0.state == .complete }) {
            let records = try MetadataSnapshotFile.read(path: "\(partitionDirectory)/\(latest.fileName)")
            for record in records { try image.apply(record, offset: latest.endOffset - 1) }
            if latest.endOffset > log.logEndOffset {
                // The snapshot is ahead of the log (Kafka KafkaRaftClient: truncate fully and
                // start the log at the snapshot).
                try log.truncateFully(newStart: latest.endOffset)
            }
            replayFrom = latest.endOffset
            metadataLog.latestSnapshotName.withLockedValue { $0 = latest }
        } else if log.logStartOffset > 0 {
            throw MissingSnapshot(directory: partitionDirectory, logStartOffset: log.logStartOffset)
        }
        let replayed = try metadataLog.replay(from: replayFrom) { record, offset in
            try image.apply(record, offset: offset)
        }
        metadataLog.bytesSinceSnapshot.withLockedValue { $0 = replayed }
        _ = log.updateHighWatermark(log.logEndOffset)
        return (metadataLog, image)
    }

    /// Calls `body` for every record from `start` on, in order.
    /// - Returns: the bytes of the batches read.
    @discardableResult
    func replay(from start: Int64, _ body: (MetadataRecord, Int64) throws -> Void) throws -> Int64 {
        var offset = start
        var bytesRead: Int64 = 0
        while offset < self.log.logEndOffset {
            let bytes = try self.log.readBytes(from: offset, maxBytes: 1 << 20)
            guard bytes.readableBytes > 0 else { break }
            var batches = MemoryRecords(bytes).batches()
            while let batch = try batches.next() {
                guard case .magic2(let recordBatch) = batch else {
                    throw ProtocolDecodingError.invalidValue(what: "metadata log batch", reason: "legacy magic")
                }
                offset = recordBatch.lastOffset + 1
                bytesRead += Int64(recordBatch.sizeInBytes)
                if recordBatch.isControlBatch { continue }
                var records = try recordBatch.records()
                while let record = try records.next() {
                    guard record.offset >= start, let value = record.value else { continue }
                    try body(try MetadataRecord(decoding: value), record.offset)
                }
            }
        }
        return bytesRead
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
        let batch = try builder.build()
        let size = Int64(batch.readableBytes)
        let info = try self.log.appendAsLeader(batch, leaderEpoch: Self.leaderEpoch, origin: .client)
        try self.log.flush()
        _ = self.log.updateHighWatermark(self.log.logEndOffset)
        self.bytesSinceSnapshot.withLockedValue { $0 += size }
        return (0..<records.count).map { info.firstOffset + Int64($0) }
    }

    /// Whether enough was appended since the latest snapshot to write another.
    var isSnapshotDue: Bool {
        self.bytesSinceSnapshot.withLockedValue { $0 } >= self.maxBytesBetweenSnapshots
    }

    /// The newest complete snapshot, if any.
    var latestSnapshot: KRaftSnapshotFileName? { self.latestSnapshotName.withLockedValue { $0 } }

    /// Writes `image` (which must be the image as of the log's last record) as a snapshot, then
    /// moves the log start offset to it, deleting the segments and snapshots it makes redundant.
    /// Owning actor: the controller, which calls this between appends.
    /// - Parameter lastContainedLogTimestamp: the append time of the image's last record.
    /// - Returns: the snapshot's name.
    /// - Throws: file and storage errors; the snapshot is then not written or not yet used for
    ///   cleaning, and the log is as complete as before.
    @discardableResult
    func writeSnapshot(of image: MetadataImage, lastContainedLogTimestamp: Int64) throws -> KRaftSnapshotFileName {
        let endOffset = image.offset + 1
        precondition(endOffset == self.log.logEndOffset, "a snapshot is of the image at the end of the log")
        let name = try MetadataSnapshotFile.write(
            image.snapshotRecords, directory: self.directory, endOffset: endOffset, epoch: Self.leaderEpoch,
            lastContainedLogTimestamp: lastContainedLogTimestamp)
        self.latestSnapshotName.withLockedValue { $0 = name }
        self.bytesSinceSnapshot.withLockedValue { $0 = 0 }
        // The records before the snapshot are no longer needed to rebuild the image (Kafka
        // KafkaMetadataLog.deleteBeforeSnapshot); only whole segments below it are removed.
        try self.log.deleteRecords(before: endOffset)
        for old in MetadataSnapshotFile.list(directory: self.directory) where old.endOffset < endOffset {
            try? FileManager.default.removeItem(atPath: "\(self.directory)/\(old.fileName)")
        }
        return name
    }
}
