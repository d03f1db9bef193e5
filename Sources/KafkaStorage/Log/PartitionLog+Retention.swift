import KafkaProtocol

extension PartitionLog {
    // MARK: Retention

    /// Deletes the segments retention no longer keeps (Kafka UnifiedLog.java `deleteOldSegments`):
    /// those wholly below the log start offset, and under `cleanup.policy=delete` the oldest while
    /// the log exceeds `retention.bytes` and those whose newest timestamp is older than
    /// `retention.ms`. Only segments wholly below the high watermark go; the active segment goes
    /// only when it has data, after a roll.
    /// - Returns: the number of segments deleted.
    /// - Throws: `StorageIOError`, `LogClosedError`.
    @discardableResult
    public func deleteOldSegments() throws -> Int {
        try self.locked {
            let now = self.clock.milliseconds()
            var deleted = try self.deleteLogStartOffsetBreachedSegments()
            guard self.config.cleanupPolicy.contains(.delete) else { return deleted }
            if self.config.retentionBytes >= 0 {
                var excess = Int64(self.segments.reduce(0) { $0 + $1.size }) - self.config.retentionBytes
                deleted += try self.deleteSegments(reason: "retention.bytes") { segment, _ in
                    guard excess - Int64(segment.size) >= 0 else { return false }
                    excess -= Int64(segment.size)
                    return true
                }
            }
            if self.config.retentionMs >= 0 {
                let retentionMs = self.config.retentionMs
                deleted += try self.deleteSegments(reason: "retention.ms") { segment, _ in
                    now &- segment.largestTimestamp > retentionMs
                }
            }
            return deleted
        }
    }

    private func deleteLogStartOffsetBreachedSegments() throws -> Int {
        let logStartOffset = self.logStartOffsetValue
        return try self.deleteSegments(reason: "log start offset") { _, next in
            guard let next else { return false }
            return next.baseOffset <= logStartOffset
        }
    }

    /// Deletes the leading segments `predicate` accepts, in order, stopping at the first it
    /// refuses (Kafka UnifiedLog.java `deletableSegments`, `deleteSegments`).
    private func deleteSegments(reason: String, _ predicate: (LogSegment, LogSegment?) -> Bool) throws -> Int {
        var deletable: [LogSegment] = []
        for (index, segment) in self.segments.enumerated() {
            let next = index + 1 < self.segments.count ? self.segments[index + 1] : nil
            let upperBound = next?.baseOffset ?? self.logEndOffsetValue
            let isLastAndEmpty = next == nil && segment.size == 0
            guard self.highWatermarkValue >= upperBound, !isLastAndEmpty, predicate(segment, next) else { break }
            deletable.append(segment)
        }
        guard !deletable.isEmpty else { return 0 }
        if deletable.count == self.segments.count {
            // Never leave the log without a segment: roll first (Kafka `deleteSegments`).
            try self.rollLocked(expectedNextOffset: nil)
        }
        self.segments.removeFirst(deletable.count)
        try self.removeSegmentFiles(deletable)
        if let first = self.segments.first, first.baseOffset > self.logStartOffsetValue {
            try self.incrementLogStartOffset(first.baseOffset)
        }
        try self.producerState.deleteSnapshots(before: self.segments[0].baseOffset)
        return deletable.count
    }

    /// Renames a segment's files `.deleted`, then removes them (Kafka LocalLog.java
    /// `deleteSegmentFiles`; Kafka waits `file.delete.delay.ms` before the removal, which readers
    /// holding a slice do not need here, since the descriptor outlives the name).
    func removeSegmentFiles(_ segments: [LogSegment]) throws {
        for segment in segments {
            try segment.changeMarker(to: .deleted)
        }
        for segment in segments {
            try segment.deleteFiles()
        }
    }

    private func incrementLogStartOffset(_ offset: Int64) throws {
        guard offset > self.logStartOffsetValue else { return }
        self.logStartOffsetValue = offset
        if self.highWatermarkValue < offset { self.highWatermarkValue = min(offset, self.logEndOffsetValue) }
        if self.recoveryPointValue < offset { self.recoveryPointValue = min(offset, self.logEndOffsetValue) }
        try self.leaderEpochCache.truncateFromStart(offset)
        self.producerState.onLogStartOffsetIncremented(offset)
    }

    /// Moves the log start offset up to `offset` and deletes the segments wholly below it (Kafka
    /// UnifiedLog.java `deleteRecordsOnLocalLog`, `maybeIncrementLogStartOffset`; the DeleteRecords API).
    /// - Returns: the new log start offset (the low watermark).
    /// - Throws: `OffsetOutOfRangeError` when `offset` is above the high watermark; `StorageIOError`,
    ///   `LogClosedError`.
    @discardableResult
    public func deleteRecords(before offset: Int64) throws -> Int64 {
        try self.locked {
            guard offset <= self.highWatermarkValue else {
                throw OffsetOutOfRangeError(
                    offset: offset, logStartOffset: self.logStartOffsetValue, upperBound: self.highWatermarkValue)
            }
            try self.incrementLogStartOffset(offset)
            _ = try self.deleteLogStartOffsetBreachedSegments()
            return self.logStartOffsetValue
        }
    }

    // MARK: Truncation

    /// Removes every batch at or after the one holding `targetOffset` (Kafka UnifiedLog.java
    /// `truncateTo`): later segments are deleted, the one holding it is cut, leader epochs from
    /// it on are forgotten and producer state is rebuilt. Truncating below the first segment
    /// empties the log and restarts it at `targetOffset`.
    /// - Returns: whether anything was removed.
    /// - Throws: `InvalidOffsetError` for a negative offset; `StorageIOError`, `LogClosedError`.
    @discardableResult
    public func truncate(to targetOffset: Int64) throws -> Bool {
        guard targetOffset >= 0 else {
            throw InvalidOffsetError(offset: targetOffset, reason: "cannot truncate to a negative offset")
        }
        return try self.locked {
            guard targetOffset < self.logEndOffsetValue else { return false }
            if targetOffset < self.segments[0].baseOffset {
                try self.truncateFullyLocked(newStart: targetOffset)
                return true
            }
            try self.leaderEpochCache.truncateFromEnd(targetOffset)
            let keep = self.segments.filter { $0.baseOffset <= targetOffset }
            let removed = self.segments.filter { $0.baseOffset > targetOffset }
            self.segments = keep
            try self.removeSegmentFiles(removed)
            _ = try self.activeSegment.truncate(to: targetOffset)
            self.logEndOffsetValue = self.activeSegment.nextOffset
            self.recoveryPointValue = min(self.recoveryPointValue, self.logEndOffsetValue)
            self.highWatermarkValue = min(self.highWatermarkValue, self.logEndOffsetValue)
            if let pending = self.pendingFlushOffset, pending > self.logEndOffsetValue { self.pendingFlushOffset = nil }
            try self.rebuildProducerState(upTo: self.logEndOffsetValue)
            return true
        }
    }

    /// Deletes every segment and starts an empty log at `newStart` (Kafka UnifiedLog.java
    /// `truncateFullyAndStartAt`), e.g. when a follower is far behind the leader's log start.
    /// - Throws: `StorageIOError`, `LogClosedError`.
    public func truncateFully(newStart: Int64) throws {
        try self.locked { try self.truncateFullyLocked(newStart: newStart) }
    }

    private func truncateFullyLocked(newStart: Int64) throws {
        let old = self.segments
        let (segment, _) = try LogSegment.open(
            directory: self.directory, baseOffset: newStart, config: self.config, nowMs: self.clock.milliseconds(),
            create: true)
        // The new segment may reuse an old base offset: remove the old files before it exists.
        try self.removeSegmentFiles(old.filter { $0.baseOffset != newStart })
        if old.contains(where: { $0.baseOffset == newStart }) {
            try segment.log.truncate(to: 0)
            try segment.offsetIndex.reset(maxIndexSize: self.config.segmentIndexBytes)
            try segment.timeIndex.reset(maxIndexSize: self.config.segmentIndexBytes)
            try segment.transactionIndex.reset()
        }
        self.segments = [segment]
        self.directoryNeedsSync = true
        self.pendingFlushOffset = nil
        try self.leaderEpochCache.clear()
        try self.producerState.truncateFully(startAt: newStart)
        self.logStartOffsetValue = newStart
        self.logEndOffsetValue = newStart
        self.recoveryPointValue = newStart
        self.highWatermarkValue = newStart
    }

    /// Forgets producers idle longer than `expirationMs` (`producer.id.expiration.ms`, 1 day in Kafka).
    /// - Throws: `LogClosedError`.
    public func removeExpiredProducers(expirationMs: Int64 = 86_400_000) throws {
        try self.locked {
            self.producerState.removeExpiredProducers(nowMs: self.clock.milliseconds(), expirationMs: expirationMs)
        }
    }

    /// Sets the modification time of every segment file: for retention tests, as Kafka's tests do.
    /// - Throws: `LogClosedError`.
    public func setSegmentModificationTimes(_ milliseconds: Int64) throws {
        try self.locked {
            for segment in self.segments { segment.setLastModifiedMs(milliseconds) }
        }
    }
}
