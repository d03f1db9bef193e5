import KafkaProtocol
import NIOCore

/// The producer state of one partition: per producer id its epoch and recent batches (for
/// idempotence), open transactions and the ones whose markers are not yet below the high
/// watermark (for the last stable offset), and the `.snapshot` files that save it (Kafka
/// ProducerStateManager.java, ProducerAppendInfo.java).
///
/// Used under the owning log's lock.
final class ProducerStateManager {
    let directory: String
    private(set) var producers: [Int64: ProducerStateEntry] = [:]
    /// Open transactions by first offset, rising.
    private(set) var ongoingTransactions: [TransactionMetadata] = []
    /// Ended transactions whose marker is not yet below the high watermark, by first offset.
    private(set) var unreplicatedTransactions: [TransactionMetadata] = []
    /// The offset up to which the state reflects the log (Kafka `mapEndOffset`).
    private(set) var mapEndOffset: Int64 = 0

    init(directory: String) {
        self.directory = directory
    }

    /// The changes one append makes, computed before it is written and applied after.
    struct Update {
        var entries: [Int64: ProducerStateEntry] = [:]
        var startedTransactions: [TransactionMetadata] = []
        var completedTransactions: [TransactionMetadata] = []
    }

    /// A batch remembered for the same producer, epoch and sequence range: the append is a retry
    /// (Kafka UnifiedLog.java `analyzeAndValidateProducerState`).
    func duplicate(of batch: ProducerBatchInfo) -> BatchMetadata? {
        guard batch.producerId >= 0, batch.baseSequence >= 0, let entry = self.producers[batch.producerId] else {
            return nil
        }
        return entry.duplicate(
            epoch: batch.producerEpoch, firstSequence: batch.baseSequence, lastSequence: batch.lastSequence)
    }

    /// Validates the batches of one append against the producer state and computes the new state
    /// (Kafka ProducerAppendInfo.java `append`). Nothing changes until `apply`.
    /// - Throws: `InvalidProducerEpochError`, `OutOfOrderSequenceError`, `InvalidTransactionStateError`.
    func prepare(_ batches: [ProducerBatchInfo], origin: AppendOrigin) throws -> Update {
        var update = Update()
        for batch in batches where batch.producerId >= 0 {
            var entry =
                update.entries[batch.producerId] ?? self.producers[batch.producerId]
                ?? ProducerStateEntry(producerId: batch.producerId)
            let isNewEntry = self.producers[batch.producerId] == nil && update.entries[batch.producerId] == nil
            if batch.isControlBatch {
                if let marker = batch.marker {
                    try self.checkEpoch(entry, batch.producerEpoch, origin: origin)
                    // A marker from an older coordinator is fenced (Kafka `checkCoordinatorEpoch`).
                    if origin != .replication && entry.coordinatorEpoch > marker.coordinatorEpoch {
                        throw InvalidProducerEpochError(
                            producerId: batch.producerId,
                            reason:
                                "marker coordinator epoch \(marker.coordinatorEpoch) is below \(entry.coordinatorEpoch)"
                        )
                    }
                    let firstOffset = entry.currentTransactionFirstOffset ?? batch.firstOffset
                    update.completedTransactions.append(
                        TransactionMetadata(
                            producerId: batch.producerId, firstOffset: firstOffset, lastOffset: batch.lastOffset,
                            isAborted: marker.type == .abort))
                    entry.updateEpoch(batch.producerEpoch)
                    entry.currentTransactionFirstOffset = nil
                    entry.coordinatorEpoch = marker.coordinatorEpoch
                    entry.lastTimestamp = batch.maxTimestamp
                }
            } else {
                try self.checkEpoch(entry, batch.producerEpoch, origin: origin)
                if origin == .client {
                    try self.checkSequence(entry, batch, isNewEntry: isNewEntry)
                }
                entry.addBatch(
                    epoch: batch.producerEpoch, lastSequence: batch.lastSequence, lastOffset: batch.lastOffset,
                    offsetDelta: Int32(clamping: batch.lastOffset - batch.firstOffset), timestamp: batch.maxTimestamp)
                if batch.isTransactional {
                    if entry.currentTransactionFirstOffset == nil {
                        entry.currentTransactionFirstOffset = batch.firstOffset
                        update.startedTransactions.append(
                            TransactionMetadata(producerId: batch.producerId, firstOffset: batch.firstOffset))
                    }
                } else if entry.currentTransactionFirstOffset != nil && origin != .replication {
                    throw InvalidTransactionStateError(
                        producerId: batch.producerId, reason: "non-transactional write inside an open transaction")
                }
            }
            update.entries[batch.producerId] = entry
        }
        return update
    }

    /// Kafka ProducerAppendInfo.java `checkProducerEpoch`: followers copy whatever the leader wrote.
    private func checkEpoch(_ entry: ProducerStateEntry, _ epoch: Int16, origin: AppendOrigin) throws {
        guard origin != .replication, epoch < entry.producerEpoch else { return }
        throw InvalidProducerEpochError(
            producerId: entry.producerId,
            reason: "epoch \(epoch) is older than the current epoch \(entry.producerEpoch)")
    }

    /// Kafka ProducerAppendInfo.java `checkSequence`: a new epoch starts at sequence 0, otherwise a
    /// batch continues the last one; a producer the log has forgotten may continue anywhere.
    private func checkSequence(_ entry: ProducerStateEntry, _ batch: ProducerBatchInfo, isNewEntry: Bool) throws {
        if batch.producerEpoch != entry.producerEpoch {
            if batch.baseSequence != 0 && entry.producerEpoch != -1 && !isNewEntry {
                throw OutOfOrderSequenceError(
                    producerId: batch.producerId,
                    reason:
                        "sequence \(batch.baseSequence) for new epoch \(batch.producerEpoch) (current \(entry.producerEpoch))"
                )
            }
            return
        }
        let last = entry.lastSequence
        let inSequence = Int64(batch.baseSequence) == Int64(last) + 1 || (batch.baseSequence == 0 && last == Int32.max)
        guard entry.producerEpoch == -1 || last == -1 || inSequence else {
            throw OutOfOrderSequenceError(
                producerId: batch.producerId,
                reason: "sequence \(batch.baseSequence) does not follow \(last) in epoch \(batch.producerEpoch)")
        }
    }

    /// Applies a prepared update after its batches were written.
    /// - Returns: the transactions it ended, for `complete`.
    func apply(_ update: Update) -> [TransactionMetadata] {
        for (producerId, entry) in update.entries {
            self.producers[producerId] = entry
        }
        for transaction in update.startedTransactions {
            self.ongoingTransactions.append(transaction)
        }
        self.ongoingTransactions.sort { $0.firstOffset < $1.firstOffset }
        return update.completedTransactions
    }

    /// The last stable offset once `transaction` ends: the first offset of the earliest other open
    /// transaction, or the offset after its marker (Kafka `lastStableOffset(CompletedTxn)`).
    func lastStableOffset(completing transaction: TransactionMetadata) -> Int64 {
        if let other = self.ongoingTransactions.first(where: { $0.producerId != transaction.producerId }) {
            return other.firstOffset
        }
        return (transaction.lastOffset ?? transaction.firstOffset) + 1
    }

    /// Moves an ended transaction from open to unreplicated (Kafka `completeTxn`).
    func complete(_ transaction: TransactionMetadata) {
        self.ongoingTransactions.removeAll { $0.firstOffset == transaction.firstOffset }
        self.unreplicatedTransactions.append(transaction)
        self.unreplicatedTransactions.sort { $0.firstOffset < $1.firstOffset }
    }

    /// Forgets ended transactions whose markers are below the high watermark (Kafka
    /// `onHighWatermarkUpdated`).
    func onHighWatermarkUpdated(_ highWatermark: Int64) {
        self.unreplicatedTransactions.removeAll { ($0.lastOffset ?? 0) < highWatermark }
    }

    /// The first offset of a transaction that is open or not yet below the high watermark (Kafka
    /// `firstUnstableOffset`).
    var firstUnstableOffset: Int64? {
        [self.ongoingTransactions.first?.firstOffset, self.unreplicatedTransactions.first?.firstOffset]
            .compactMap { $0 }.min()
    }

    func updateMapEndOffset(_ offset: Int64) {
        self.mapEndOffset = offset
    }

    /// Forgets producers idle for longer than `producer.id.expiration.ms` and without an open
    /// transaction (Kafka `removeExpiredProducers`).
    func removeExpiredProducers(nowMs: Int64, expirationMs: Int64) {
        self.producers = self.producers.filter { _, entry in
            entry.currentTransactionFirstOffset != nil || nowMs &- entry.lastTimestamp < expirationMs
        }
    }

    /// Forgets everything (Kafka `truncateFullyAndStartAt`) and deletes every snapshot.
    /// - Throws: `StorageIOError`.
    func truncateFully(startAt offset: Int64) throws {
        self.clear()
        for snapshot in try self.snapshotOffsets() {
            try FileSystem.removeFile(self.snapshotPath(snapshot))
        }
        self.mapEndOffset = offset
    }

    /// The log start offset rose: transactions wholly below it no longer matter (Kafka
    /// `onLogStartOffsetIncremented`).
    func onLogStartOffsetIncremented(_ logStartOffset: Int64) {
        self.unreplicatedTransactions.removeAll { ($0.lastOffset ?? 0) < logStartOffset }
        if self.mapEndOffset < logStartOffset { self.mapEndOffset = logStartOffset }
    }

    private func clear() {
        self.producers.removeAll()
        self.ongoingTransactions.removeAll()
        self.unreplicatedTransactions.removeAll()
    }

    // MARK: Snapshots

    func snapshotPath(_ offset: Int64) -> String {
        LogFileName.path(self.directory, baseOffset: offset, kind: .producerSnapshot)
    }

    /// Offsets of the `.snapshot` files in the directory, rising.
    /// - Throws: `StorageIOError`.
    func snapshotOffsets() throws -> [Int64] {
        try FileSystem.list(self.directory).compactMap { name -> Int64? in
            guard let parsed = LogFileName(parsing: name), parsed.kind == .producerSnapshot, parsed.marker == nil else {
                return nil
            }
            return parsed.baseOffset
        }.sorted()
    }

    /// Writes `<mapEndOffset>.snapshot` unless it exists (Kafka `takeSnapshot`), forcing it to disk.
    /// - Throws: `StorageIOError`.
    func takeSnapshot() throws {
        let path = self.snapshotPath(self.mapEndOffset)
        guard !FileSystem.exists(path) else { return }
        let entries = self.producers.values.sorted { $0.producerId < $1.producerId }.map { entry in
            let last = entry.batchMetadata.last
            return ProducerSnapshotEntry(
                producerId: entry.producerId, producerEpoch: entry.producerEpoch,
                lastSequence: last?.lastSequence ?? -1,
                lastOffset: last?.lastOffset ?? -1, offsetDelta: last?.offsetDelta ?? 0, timestamp: entry.lastTimestamp,
                coordinatorEpoch: entry.coordinatorEpoch, currentTxnFirstOffset: entry.currentTransactionFirstOffset)
        }
        try FileSystem.writeAtomically(
            Array(ProducerSnapshotFile(entries: entries).bytes().readableBytesView), to: path)
    }

    /// Removes snapshots below `offset` (Kafka `deleteSnapshotsBefore`).
    /// - Throws: `StorageIOError`.
    func deleteSnapshots(before offset: Int64) throws {
        for snapshot in try self.snapshotOffsets() where snapshot < offset {
            try FileSystem.removeFile(self.snapshotPath(snapshot))
        }
    }

    /// Removes snapshots outside `[logStartOffset, logEndOffset]`, then loads the newest snapshot
    /// that reads back, deleting corrupt ones (Kafka `truncateAndReload`, `loadFromSnapshot`). Without
    /// one the state is empty at `logStartOffset`.
    /// - Throws: `StorageIOError`.
    func truncateAndReload(logStartOffset: Int64, logEndOffset: Int64) throws {
        for snapshot in try self.snapshotOffsets() where snapshot < logStartOffset || snapshot > logEndOffset {
            try FileSystem.removeFile(self.snapshotPath(snapshot))
        }
        self.clear()
        self.mapEndOffset = logStartOffset
        for snapshotOffset in try self.snapshotOffsets().reversed() {
            let path = self.snapshotPath(snapshotOffset)
            let file = try FileRecords(path: path, create: false)
            let bytes = try file.read(at: 0, length: file.size)
            if let snapshot = try? ProducerSnapshotFile(decoding: bytes) {
                for saved in snapshot.entries {
                    var entry = ProducerStateEntry(
                        producerId: saved.producerId, producerEpoch: saved.producerEpoch,
                        coordinatorEpoch: saved.coordinatorEpoch, lastTimestamp: saved.timestamp,
                        currentTransactionFirstOffset: saved.currentTxnFirstOffset)
                    if saved.hasBatchMetadata {
                        entry.batchMetadata = [
                            BatchMetadata(
                                lastSequence: saved.lastSequence, lastOffset: saved.lastOffset,
                                offsetDelta: saved.offsetDelta, timestamp: saved.timestamp)
                        ]
                    }
                    self.producers[entry.producerId] = entry
                    if let first = entry.currentTransactionFirstOffset {
                        self.ongoingTransactions.append(
                            TransactionMetadata(producerId: entry.producerId, firstOffset: first))
                    }
                }
                self.ongoingTransactions.sort { $0.firstOffset < $1.firstOffset }
                self.mapEndOffset = snapshotOffset
                return
            }
            try FileSystem.removeFile(path)
        }
    }
}
