import KafkaProtocol
import NIOCore

extension PartitionLog {
    /// Reads batches from the one holding `offset` (Kafka UnifiedLog.java `read`, LocalLog.java
    /// `read`).
    ///
    /// The offset index gives a position at or before the batch, and a short scan of batch
    /// headers finds it. The slice holds up to `maxBytes` (at least the first batch when
    /// `minOneMessage`), never past `isolation`'s bound, and may end inside a batch. When the
    /// segment holding `offset` has no batch reaching it (compaction removed them), the read
    /// moves to the next segment.
    /// - Parameters:
    ///   - isolation: `.logEnd` for followers, `.highWatermark` for consumers, `.committed` for
    ///     read-committed consumers, which also get the aborted transactions in the range.
    /// - Returns: the slice (nil when there is nothing to read) and the log's offsets.
    /// - Throws: `OffsetOutOfRangeError` when `offset` is below the log start or above the log end;
    ///   `CorruptRecordError`, `StorageIOError`, `LogClosedError`.
    public func read(
        from offset: Int64, maxBytes: Int, isolation: FetchIsolation = .logEnd, minOneMessage: Bool = true
    ) throws -> LogReadInfo {
        try self.locked {
            let upperBound: Int64
            switch isolation {
            case .logEnd: upperBound = self.logEndOffsetValue
            case .highWatermark: upperBound = self.highWatermarkValue
            case .committed: upperBound = self.lastStableOffsetLocked
            }
            var info = LogReadInfo(
                records: nil, fetchOffset: offset, highWatermark: self.highWatermarkValue,
                lastStableOffset: self.lastStableOffsetLocked, logStartOffset: self.logStartOffsetValue,
                logEndOffset: self.logEndOffsetValue, abortedTransactions: isolation == .committed ? [] : nil)
            guard offset >= self.logStartOffsetValue, offset <= self.logEndOffsetValue,
                let startIndex = self.segmentIndex(floor: offset)
            else {
                throw OffsetOutOfRangeError(
                    offset: offset, logStartOffset: self.logStartOffsetValue, upperBound: self.logEndOffsetValue)
            }
            guard offset < upperBound else { return info }
            let bound = try self.position(of: upperBound)
            var index = startIndex
            while index < self.segments.count {
                let segment = self.segments[index]
                let maxPosition: Int
                if segment.baseOffset < bound.segmentBaseOffset {
                    maxPosition = segment.size
                } else if segment.baseOffset == bound.segmentBaseOffset {
                    maxPosition = bound.position
                } else {
                    break
                }
                if let (slice, _) = try segment.read(
                    startOffset: offset, maxSize: maxBytes, maxPosition: maxPosition, minOneMessage: minOneMessage)
                {
                    info.records = slice.length > 0 ? slice : nil
                    if isolation == .committed {
                        let next =
                            index + 1 < self.segments.count
                            ? self.segments[index + 1].baseOffset : self.logEndOffsetValue
                        info.abortedTransactions = self.collectAbortedTransactions(
                            from: offset, upperBound: min(next, upperBound))
                    }
                    return info
                }
                index += 1
            }
            return info
        }
    }

    /// Reads like `read` and copies the slice into a buffer: for tools and tests.
    /// - Throws: as `read`.
    public func readBytes(
        from offset: Int64, maxBytes: Int, isolation: FetchIsolation = .logEnd, minOneMessage: Bool = true
    ) throws -> ByteBuffer {
        let info = try self.read(from: offset, maxBytes: maxBytes, isolation: isolation, minOneMessage: minOneMessage)
        return try info.records?.read() ?? ByteBuffer()
    }

    /// Index of the last segment whose base offset is at most `offset`.
    func segmentIndex(floor offset: Int64) -> Int? {
        var low = 0
        var high = self.segments.count - 1
        var found: Int?
        while low <= high {
            let middle = (low + high) / 2
            if self.segments[middle].baseOffset <= offset {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// The segment and byte position where `offset` starts: the batch holding it, or the end of
    /// the log (Kafka `LogOffsetMetadata`, `convertToOffsetMetadataOrThrow`).
    func position(of offset: Int64) throws -> (segmentBaseOffset: Int64, position: Int) {
        if offset >= self.logEndOffsetValue {
            return (self.activeSegment.baseOffset, self.activeSegment.size)
        }
        guard let index = self.segmentIndex(floor: offset) else { return (self.segments[0].baseOffset, 0) }
        var current = index
        while current < self.segments.count {
            let segment = self.segments[current]
            if let header = try segment.translateOffset(offset) {
                return (segment.baseOffset, header.position)
            }
            current += 1
        }
        return (self.activeSegment.baseOffset, self.activeSegment.size)
    }

    /// Aborted transactions overlapping `[from, upperBound)`, from the transaction indexes of the
    /// segments from the one holding `from` (Kafka LocalLog.java `collectAbortedTransactions`).
    func collectAbortedTransactions(from offset: Int64, upperBound: Int64) -> [AbortedTransaction] {
        guard let start = self.segmentIndex(floor: offset) else { return [] }
        var found: [AbortedTransaction] = []
        for segment in self.segments[start...] {
            let result = segment.transactionIndex.collectAborted(fetchOffset: offset, upperBoundOffset: upperBound)
            found += result.entries
            if result.complete { break }
        }
        return found
    }

    /// Aborted transactions overlapping `[from, upperBound)`, for a fetch that read that range.
    /// - Throws: `LogClosedError`.
    public func abortedTransactions(from offset: Int64, upperBound: Int64) throws -> [AbortedTransaction] {
        try self.locked { self.collectAbortedTransactions(from: offset, upperBound: upperBound) }
    }

    /// Answers a ListOffsets query (Kafka UnifiedLog.java `fetchOffsetByTimestamp`): the special
    /// timestamps -2 (earliest), -4 (earliest local), -1 (latest, the log end offset), -3 (the record
    /// with the largest timestamp) and -5 (latest tiered, none here); otherwise the first record
    /// whose timestamp is at least `timestamp`.
    /// - Returns: nil when no record has such a timestamp.
    /// - Throws: `ProtocolDecodingError` or `CompressionError` for a damaged batch; `StorageIOError`,
    ///   `LogClosedError`.
    public func offset(forTimestamp timestamp: Int64) throws -> TimestampAndOffset? {
        try self.locked {
            switch timestamp {
            case TimestampAndOffset.earliestTimestamp, TimestampAndOffset.earliestLocalTimestamp:
                return TimestampAndOffset(
                    timestamp: -1, offset: self.logStartOffsetValue,
                    leaderEpoch: self.epoch(for: self.logStartOffsetValue))
            case TimestampAndOffset.latestTimestamp:
                return TimestampAndOffset(
                    timestamp: -1, offset: self.logEndOffsetValue, leaderEpoch: self.leaderEpochCache.latestEpoch)
            case TimestampAndOffset.latestTieredTimestamp:
                return TimestampAndOffset(timestamp: -1, offset: -1, leaderEpoch: nil)
            case TimestampAndOffset.maxTimestamp:
                var best: LogSegment?
                for segment in self.segments where segment.maxTimestampSoFar > (best?.maxTimestampSoFar ?? -1) {
                    best = segment
                }
                guard let segment = best,
                    let found = try segment.findOffsetByTimestamp(
                        segment.maxTimestampSoFar, startingOffset: self.logStartOffsetValue)
                else { return nil }
                return TimestampAndOffset(
                    timestamp: found.timestamp, offset: found.offset, leaderEpoch: self.epoch(for: found.offset))
            default:
                for segment in self.segments where segment.maxTimestampSoFar >= timestamp {
                    if let found = try segment.findOffsetByTimestamp(
                        timestamp, startingOffset: self.logStartOffsetValue)
                    {
                        return TimestampAndOffset(
                            timestamp: found.timestamp, offset: found.offset, leaderEpoch: self.epoch(for: found.offset)
                        )
                    }
                }
                return nil
            }
        }
    }

    /// The leader epoch `offset` was written in, from the epoch cache.
    func epoch(for offset: Int64) -> Int32? {
        self.leaderEpochCache.entries.last { $0.startOffset <= offset }?.epoch
    }

    /// The end offset of `epoch` for OffsetsForLeaderEpoch (Kafka `endOffsetForEpoch`); nil when
    /// the epoch precedes every known one.
    /// - Throws: `LogClosedError`.
    public func endOffset(forEpoch epoch: Int32) throws -> (epoch: Int32, endOffset: Int64)? {
        try self.locked { self.leaderEpochCache.endOffset(for: epoch, logEndOffset: self.logEndOffsetValue) }
    }
}
