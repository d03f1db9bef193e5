import KafkaProtocol
import NIOCore

extension PartitionLog {
    /// The range a cleaning pass may cover (Kafka LogCleanerManager.java `cleanableOffsets`): from
    /// the cleaner checkpoint (reset to the log start when outside the log) to the first offset that
    /// must stay: the active segment, the segment holding the high watermark, the first open
    /// transaction, and the first segment younger than `min.compaction.lag.ms`.
    func cleanableOffsets(checkpoint: Int64?, now: Int64) -> (
        firstDirty: Int64, firstUncleanable: Int64, mustClean: Bool
    ) {
        var firstDirty = checkpoint ?? self.logStartOffsetValue
        if firstDirty < self.logStartOffsetValue || firstDirty > self.logEndOffsetValue {
            firstDirty = self.logStartOffsetValue
        }
        var firstUncleanable = self.activeSegment.baseOffset
        if let unstable = self.producerState.firstUnstableOffset { firstUncleanable = min(firstUncleanable, unstable) }
        if let holding = self.segmentIndex(floor: self.highWatermarkValue) {
            firstUncleanable = min(firstUncleanable, self.segments[holding].baseOffset)
        }
        let dirtySegments = self.segments.filter { $0.nextOffset > firstDirty && $0.baseOffset < firstUncleanable }
        if self.config.minCompactionLagMs > 0,
            let young = dirtySegments.first(where: { $0.largestTimestamp > now &- self.config.minCompactionLagMs })
        {
            firstUncleanable = min(firstUncleanable, young.baseOffset)
        }
        // Kafka LogCleanerManager.java `maxCompactionLagMs`: a dirty segment older than the lag must
        // be cleaned whatever the dirty ratio.
        var mustClean = false
        if self.config.maxCompactionLagMs < Int64.max, let first = dirtySegments.first,
            let header = try? first.batchHeader(at: 0), header.maxTimestamp >= 0
        {
            mustClean = now &- header.maxTimestamp > self.config.maxCompactionLagMs
        }
        return (firstDirty, firstUncleanable, mustClean)
    }

    /// Bytes of dirty log over all cleanable bytes, nil when nothing is cleanable (Kafka
    /// `LogToClean.cleanableRatio`).
    /// - Throws: `LogClosedError`.
    public func cleanableRatio(checkpoint: Int64?) throws -> Double? {
        try self.locked {
            let range = self.cleanableOffsets(checkpoint: checkpoint, now: self.clock.milliseconds())
            return self.ratio(firstDirty: range.firstDirty, firstUncleanable: range.firstUncleanable)
        }
    }

    private func ratio(firstDirty: Int64, firstUncleanable: Int64) -> Double? {
        guard firstDirty < firstUncleanable else { return nil }
        let clean = self.segments.filter { $0.nextOffset <= firstDirty }.reduce(0) { $0 + $1.size }
        let dirty = self.segments.filter { $0.nextOffset > firstDirty && $0.baseOffset < firstUncleanable }
            .reduce(0) { $0 + $1.size }
        guard clean + dirty > 0 else { return nil }
        return Double(dirty) / Double(clean + dirty)
    }

    /// Compacts the log once (Kafka LogCleaner.java `Cleaner.doClean`): keeps the latest record per
    /// key, drops tombstones and transaction markers whose delete horizon (KIP-534: set to
    /// `delete.retention.ms` after the first cleaning that sees them) has passed, and drops the
    /// records of aborted transactions. Offsets do not change; the last batch of each live producer
    /// is kept, empty if need be, so that its sequence survives.
    ///
    /// Segments from the log start to the end of the dirty section are rewritten in groups of at
    /// most `segment.bytes` into `.cleaned` files, renamed `.swap`, and swapped in for the old ones,
    /// which are renamed `.deleted` and removed; a crash at any step is completed or undone by the
    /// next open. The log's lock is held throughout, so appends wait for a pass.
    /// - Parameters:
    ///   - checkpoint: the first dirty offset from the cleaner checkpoint, nil for the log start.
    ///   - force: clean whatever the dirty ratio.
    ///   - maxKeys: the size of the key map (Kafka's dedupe buffer); the pass stops at the segment
    ///     where it fills.
    /// - Returns: nil when there was nothing to clean.
    /// - Throws: `StorageIOError`, `CorruptRecordError`, `LogClosedError`.
    public func compact(checkpoint: Int64?, force: Bool = false, maxKeys: Int = 1_000_000) throws -> CompactionResult? {
        try self.locked {
            guard self.config.cleanupPolicy.contains(.compact) else { return nil }
            let now = self.clock.milliseconds()
            let range = self.cleanableOffsets(checkpoint: checkpoint, now: now)
            guard let ratio = self.ratio(firstDirty: range.firstDirty, firstUncleanable: range.firstUncleanable),
                force || range.mustClean || ratio >= self.config.minCleanableDirtyRatio
            else { return nil }

            let aborted = self.collectAbortedTransactions(
                from: self.logStartOffsetValue, upperBound: range.firstUncleanable)
            func isAborted(_ batch: RecordBatch) -> Bool {
                batch.isTransactional && !batch.isControlBatch
                    && aborted.contains {
                        $0.producerId == batch.producerId && $0.firstOffset <= batch.baseOffset
                            && batch.baseOffset <= $0.lastOffset
                    }
            }

            // The key map over the dirty section, whole segments at a time (Kafka `buildOffsetMap`).
            var latest: [[UInt8]: Int64] = [:]
            var endOffset = range.firstDirty
            // Only whole segments below the first uncleanable offset are cleaned.
            for segment in self.segments
            where segment.nextOffset > range.firstDirty && segment.nextOffset <= range.firstUncleanable
                && segment !== self.activeSegment
            {
                if latest.count >= maxKeys { break }
                try self.forEachBatch(in: segment) { batch in
                    guard batch.baseOffset < range.firstUncleanable, !batch.isControlBatch, !isAborted(batch) else {
                        return
                    }
                    var records = try batch.records()
                    while let record = try records.next() {
                        if record.offset >= range.firstDirty, let key = record.key {
                            latest[Array(key.readableBytesView)] = record.offset
                        }
                    }
                }
                endOffset = segment.nextOffset
            }
            guard endOffset > range.firstDirty else { return nil }
            // Clean whole segments up to the end of the map.
            let active = self.activeSegment
            let cleanable = self.segments.filter { $0.nextOffset <= endOffset && $0 !== active }
            let bytesBefore = self.segments.reduce(0) { $0 + $1.size }
            let segmentsBefore = self.segments.count
            var removed = 0
            let horizon = now &+ self.config.deleteRetentionMs

            for group in self.groupForCleaning(cleanable) {
                guard let first = group.first, let last = group.last else { continue }
                let (cleaned, _) = try LogSegment.open(
                    directory: self.directory, baseOffset: first.baseOffset, config: self.config, nowMs: now,
                    marker: .cleaned, create: true)
                try cleaned.log.truncate(to: 0)
                for source in group {
                    var output = ByteBuffer()
                    var headers: [BatchHeader] = []
                    try self.forEachBatch(in: source) { batch in
                        let (kept, dropped) = try self.filter(
                            batch, latest: latest, aborted: isAborted(batch), now: now, horizon: horizon)
                        removed += dropped
                        guard let kept else { return }
                        headers.append(
                            BatchHeader(
                                position: output.readableBytes, baseOffset: kept.baseOffset, size: kept.sizeInBytes,
                                magic: RecordBatch.currentMagic, lastOffset: kept.lastOffset,
                                maxTimestamp: kept.maxTimestamp,
                                partitionLeaderEpoch: kept.partitionLeaderEpoch))
                        output.writeImmutableBuffer(kept.buffer)
                    }
                    try cleaned.append(verbatim: output, batches: headers)
                    for entry in source.transactionIndex.entries {
                        try cleaned.transactionIndex.append(entry)
                    }
                }
                try cleaned.onBecomeInactiveSegment()
                // Retention by time falls back on the file time when batches have no timestamps.
                cleaned.setLastModifiedMs(last.log.lastModifiedMs())
                try cleaned.flush()
                try self.swapIn(cleaned, replacing: group)
            }
            return CompactionResult(
                firstDirtyOffset: range.firstDirty, endOffset: endOffset, segmentsBefore: segmentsBefore,
                segmentsAfter: self.segments.count, bytesBefore: bytesBefore,
                bytesAfter: self.segments.reduce(0) { $0 + $1.size }, recordsRemoved: removed)
        }
    }

    /// Consecutive segments that fit one cleaned segment: at most `segment.bytes` and offsets within
    /// a 32-bit relative range (Kafka `groupSegmentsBySize`).
    private func groupForCleaning(_ segments: [LogSegment]) -> [[LogSegment]] {
        var groups: [[LogSegment]] = []
        var current: [LogSegment] = []
        var size = 0
        for segment in segments {
            if let first = current.first,
                size + segment.size > self.config.segmentBytes
                    || segment.nextOffset - first.baseOffset > Int64(Int32.max)
            {
                groups.append(current)
                current = []
                size = 0
            }
            current.append(segment)
            size += segment.size
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// Decides what of one batch survives cleaning (Kafka LogCleaner.java `shouldRetainRecord`,
    /// MemoryRecords.java `filterTo`).
    /// - Returns: the batch to write (the original bytes when nothing changes), nil to drop it, and
    ///   the number of records dropped.
    private func filter(
        _ batch: RecordBatch, latest: [[UInt8]: Int64], aborted: Bool, now: Int64, horizon: Int64
    ) throws -> (RecordBatch?, Int) {
        let horizonPassed = batch.deleteHorizonMs.map { now >= $0 } ?? false
        let isLastOfProducer =
            batch.producerId >= 0 && self.producerState.producers[batch.producerId]?.lastDataOffset == batch.lastOffset
        if batch.isControlBatch {
            if horizonPassed { return (nil, Int(batch.recordCount)) }
            if batch.hasDeleteHorizon { return (batch, 0) }
            var records = try batch.records()
            return (try self.rebuild(batch, keeping: Array(try Self.drain(&records)), horizon: horizon), 0)
        }
        var kept: [Record] = []
        var dropped = 0
        var hasTombstone = false
        var records = try batch.records()
        while let record = try records.next() {
            var retain = !aborted
            if retain, let key = record.key {
                if let newest = latest[Array(key.readableBytesView)], record.offset < newest { retain = false }
            } else {
                retain = false
            }
            if retain && record.value == nil {
                if horizonPassed { retain = false } else { hasTombstone = true }
            }
            if retain { kept.append(record) } else { dropped += 1 }
        }
        let needsHorizon = hasTombstone && !batch.hasDeleteHorizon
        if dropped == 0 && !needsHorizon { return (batch, 0) }
        if kept.isEmpty && !isLastOfProducer { return (nil, dropped) }
        return (
            try self.rebuild(batch, keeping: kept, horizon: needsHorizon ? horizon : batch.deleteHorizonMs), dropped
        )
    }

    private static func drain(_ records: inout RecordIterator) throws -> [Record] {
        var all: [Record] = []
        while let record = try records.next() { all.append(record) }
        return all
    }

    /// A batch with the same header fields and offset range holding only `records`.
    private func rebuild(_ batch: RecordBatch, keeping records: [Record], horizon: Int64?) throws -> RecordBatch {
        guard let codec = batch.compression else {
            throw CorruptRecordError(reason: "unknown compression id \(batch.attributes.compressionId)")
        }
        var builder = RecordBatchBuilder(
            baseOffset: batch.baseOffset, partitionLeaderEpoch: batch.partitionLeaderEpoch,
            producerId: batch.producerId,
            producerEpoch: batch.producerEpoch, baseSequence: batch.baseSequence,
            isTransactional: batch.isTransactional,
            isControlBatch: batch.isControlBatch, timestampType: batch.timestampType, logAppendTime: batch.maxTimestamp,
            compression: codec, compressionLevel: self.config.compressionLevel(for: codec), deleteHorizonMs: horizon)
        for record in records {
            try builder.append(
                offsetDelta: record.offsetDelta, timestamp: record.timestamp, key: record.key, value: record.value,
                headers: Array(record.headers), attributes: record.attributes)
        }
        var bytes = try builder.build()
        // The batch keeps its last offset, and with it the producer's last sequence.
        bytes.setInteger(batch.lastOffsetDelta, at: bytes.readerIndex + 23)
        if records.isEmpty {
            bytes.setInteger(batch.maxTimestamp, at: bytes.readerIndex + 35)
        }
        try RecordBatch.updateChecksum(in: &bytes, batchAt: bytes.readerIndex)
        return try RecordBatch(bytes)
    }

    /// Calls `body` with every magic-2 batch of `segment`, reading it in chunks.
    func forEachBatch(in segment: LogSegment, _ body: (RecordBatch) throws -> Void) throws {
        var position = 0
        while position < segment.size {
            let chunk = try segment.log.read(at: position, length: min(8 * 1024 * 1024, segment.size - position))
            var batches = MemoryRecords(chunk).batches()
            var progressed = false
            while let batch = try batches.next() {
                progressed = true
                if case .magic2(let recordBatch) = batch { try body(recordBatch) }
            }
            position += batches.validBytes
            if !progressed {
                guard let header = try segment.batchHeader(at: position) else { return }
                var whole = MemoryRecords(try segment.log.read(at: position, length: header.size)).batches()
                if case .magic2(let recordBatch)? = try whole.next() { try body(recordBatch) }
                position += header.size
            }
        }
    }

    /// Replaces `group` with the cleaned segment (Kafka LocalLog.java `replaceSegments`): `.cleaned`
    /// becomes `.swap`, the old segments become `.deleted` and go, `.swap` becomes live.
    private func swapIn(_ cleaned: LogSegment, replacing group: [LogSegment]) throws {
        try cleaned.changeMarker(to: .swap)
        try FileSystem.syncDirectory(self.directory)
        guard let start = self.segments.firstIndex(where: { $0 === group[0] }) else { return }
        self.segments.replaceSubrange(start..<(start + group.count), with: [cleaned])
        try self.removeSegmentFiles(group)
        try cleaned.changeMarker(to: nil)
        try FileSystem.syncDirectory(self.directory)
    }
}
