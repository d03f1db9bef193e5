import KafkaProtocol
import NIOCore

extension PartitionLog {
    /// The header facts of one incoming batch, gathered before any byte is changed.
    struct IncomingBatch {
        var position: Int
        var size: Int
        var baseOffset: Int64
        var lastOffsetDelta: Int32
        var maxTimestamp: Int64
        var partitionLeaderEpoch: Int32
        var recordCount: Int32
        var compression: CompressionCodec
        var producerId: Int64
        var producerEpoch: Int16
        var baseSequence: Int32
        var lastSequence: Int32
        var isControlBatch: Bool
    }

    /// Appends a producer's (or a coordinator's) batches as the leader, assigning offsets (Kafka
    /// UnifiedLog.java `appendAsLeader`, LogValidator.java).
    ///
    /// Each batch is checked shallowly: framing, CRC-32C, size against `max.message.bytes`, record
    /// count against the offset range, producer fields, and create-time timestamps (the batch's
    /// base and max timestamps) against `message.timestamp.before/after.max.ms`. Offsets and the
    /// leader epoch are then written into the batch headers in place, which the CRC does not
    /// cover; under `LogAppendTime` the max timestamp is set and the CRC recomputed. Records are
    /// decoded only when the topic's `compression.type` differs from the batch's codec, in which
    /// case the batch is rebuilt with the topic's codec. A retried idempotent batch already in the
    /// log is not written again: its original offsets come back with `isDuplicate`.
    ///
    /// - Parameters:
    ///   - records: batches back to back, as in a Produce request. Pass the last reference to the
    ///     buffer: the headers are rewritten in it, and a shared buffer would be copied first.
    ///   - leaderEpoch: written into every batch and recorded in `leader-epoch-checkpoint`.
    ///   - origin: `.client` for produce requests, `.coordinator` for transaction markers.
    /// - Throws: `CorruptRecordError`, `InvalidRecordError`, `RecordTooLargeError`,
    ///   `InvalidTimestampError`, `OutOfOrderSequenceError`, `InvalidProducerEpochError`,
    ///   `InvalidTransactionStateError`, `StorageIOError`, `LogClosedError`.
    public func appendAsLeader(_ records: consuming ByteBuffer, leaderEpoch: Int32, origin: AppendOrigin = .client)
        throws -> LogAppendInfo
    {
        try self.append(consume records, origin: origin, leaderEpoch: leaderEpoch)
    }

    /// Appends batches copied from the leader, keeping their offsets and epochs (Kafka
    /// `appendAsFollower`). A partial batch at the end is dropped, as a fetch response may cut one.
    /// - Throws: as `appendAsLeader`, and `InvalidOffsetError` when the batches do not continue the log.
    public func appendAsFollower(_ records: consuming ByteBuffer) throws -> LogAppendInfo {
        try self.append(consume records, origin: .replication, leaderEpoch: nil)
    }

    private func append(_ records: consuming ByteBuffer, origin: AppendOrigin, leaderEpoch: Int32?) throws
        -> LogAppendInfo
    {
        // Taking the caller's reference keeps the buffer unshared, so the header rewrites below
        // happen in place rather than on a copy.
        var buffer = consume records
        let config = self.withLock { self.config }
        var (batches, sourceCompression) = try Self.analyze(
            buffer, origin: origin, config: config, now: self.clock.milliseconds())
        if origin == .replication, let last = batches.last {
            // Drop a partial tail: the bytes after the last whole batch.
            let end = last.position + last.size
            buffer.moveWriterIndex(to: buffer.readerIndex + end)
        }
        guard !batches.isEmpty else {
            return self.withLock {
                LogAppendInfo(
                    firstOffset: -1, lastOffset: -1, maxTimestamp: -1, offsetOfMaxTimestamp: -1, logAppendTime: -1,
                    logStartOffset: self.logStartOffsetValue, recordCount: 0, validBytes: 0,
                    sourceCompression: .none, targetCompression: .none, isDuplicate: false)
            }
        }
        return try self.locked {
            let now = self.clock.milliseconds()
            if origin == .client, let duplicate = self.findDuplicate(batches) {
                return LogAppendInfo(
                    firstOffset: duplicate.firstOffset, lastOffset: duplicate.lastOffset,
                    maxTimestamp: duplicate.timestamp, offsetOfMaxTimestamp: duplicate.lastOffset, logAppendTime: -1,
                    logStartOffset: self.logStartOffsetValue, recordCount: 0, validBytes: 0,
                    sourceCompression: sourceCompression, targetCompression: sourceCompression, isDuplicate: true)
            }
            var logAppendTime: Int64 = -1
            var targetCompression = sourceCompression
            if origin == .replication {
                guard let first = batches.first, first.baseOffset >= self.logEndOffsetValue else {
                    throw InvalidOffsetError(
                        offset: batches.first?.baseOffset ?? -1,
                        reason: "replicated batches must start at or after the log end offset \(self.logEndOffsetValue)"
                    )
                }
            } else {
                let useLogAppendTime = self.config.messageTimestampType == .logAppendTime
                if useLogAppendTime { logAppendTime = now }
                let recompress = batches.contains { batch in
                    !batch.isControlBatch && self.config.compression.target(for: batch.compression) != batch.compression
                }
                if recompress {
                    (buffer, batches, targetCompression) = try self.rebuild(buffer, batches: batches)
                }
                self.assignOffsets(&batches, leaderEpoch: leaderEpoch ?? -1, logAppendTime: logAppendTime)
            }
            let rewrittenHeaders = Self.rewrittenHeaders(
                of: buffer, batches: batches, rewrite: origin != .replication, logAppendTime: logAppendTime)
            guard buffer.readableBytes <= self.config.segmentBytes else {
                // Kafka RecordBatchTooLargeException: the append could never fit a segment.
                throw RecordTooLargeError(size: buffer.readableBytes, limit: self.config.segmentBytes)
            }
            let headers = batches.map { batch in
                BatchHeader(
                    position: batch.position, baseOffset: batch.baseOffset, size: batch.size,
                    magic: RecordBatch.currentMagic,
                    lastOffset: batch.baseOffset + Int64(batch.lastOffsetDelta), maxTimestamp: batch.maxTimestamp,
                    partitionLeaderEpoch: batch.partitionLeaderEpoch)
            }
            let firstOffset = headers[0].baseOffset
            let lastOffset = headers[headers.count - 1].lastOffset

            // Producer state is validated before anything is written (Kafka
            // `analyzeAndValidateProducerState`).
            var producerBatches: [ProducerBatchInfo] = []
            for batch in batches where batch.producerId >= 0 {
                guard let slice = buffer.getSlice(at: buffer.readerIndex + batch.position, length: batch.size) else {
                    continue
                }
                var info = try ProducerBatchInfo(batch: try RecordBatch(slice))
                info.firstOffset = batch.baseOffset
                info.lastOffset = batch.baseOffset + Int64(batch.lastOffsetDelta)
                if logAppendTime >= 0 { info.maxTimestamp = logAppendTime }
                producerBatches.append(info)
            }
            let producerUpdate = try self.producerState.prepare(producerBatches, origin: origin)

            var maxTimestamp: Int64 = -1
            var offsetOfMaxTimestamp: Int64 = -1
            for header in headers where header.maxTimestamp > maxTimestamp {
                maxTimestamp = header.maxTimestamp
                offsetOfMaxTimestamp = header.lastOffset
            }
            try self.maybeRoll(
                messagesSize: buffer.readableBytes, maxTimestamp: maxTimestamp, firstOffset: firstOffset,
                lastOffset: lastOffset, now: now)
            let segment = self.activeSegment
            try segment.append(headers: rewrittenHeaders, body: buffer, batches: headers)
            self.logEndOffsetValue = lastOffset + 1

            for transaction in self.producerState.apply(producerUpdate) {
                let lastStableOffset = self.producerState.lastStableOffset(completing: transaction)
                if transaction.isAborted, let markerOffset = transaction.lastOffset {
                    try segment.transactionIndex.append(
                        AbortedTransaction(
                            producerId: transaction.producerId, firstOffset: transaction.firstOffset,
                            lastOffset: markerOffset, lastStableOffset: lastStableOffset))
                }
                self.producerState.complete(transaction)
            }
            self.producerState.updateMapEndOffset(self.logEndOffsetValue)
            for header in headers where header.partitionLeaderEpoch >= 0 {
                try self.leaderEpochCache.assign(epoch: header.partitionLeaderEpoch, startOffset: header.baseOffset)
            }

            // Kafka UnifiedLog.java: flush when `flush.messages` are unflushed, and LogManager's
            // scheduler flushes logs older than `flush.ms`.
            let unflushed = self.logEndOffsetValue - self.recoveryPointValue
            if unflushed >= self.config.flushMessages || now &- self.lastFlushMs >= self.config.flushMs {
                try self.flushLocked(upTo: self.logEndOffsetValue)
            }
            return LogAppendInfo(
                firstOffset: firstOffset, lastOffset: lastOffset,
                maxTimestamp: logAppendTime >= 0 ? logAppendTime : maxTimestamp,
                offsetOfMaxTimestamp: logAppendTime >= 0 ? lastOffset : offsetOfMaxTimestamp,
                logAppendTime: logAppendTime, logStartOffset: self.logStartOffsetValue,
                recordCount: batches.reduce(0) { $0 + Int($1.recordCount) }, validBytes: buffer.readableBytes,
                sourceCompression: sourceCompression, targetCompression: targetCompression, isDuplicate: false)
        }
    }

    /// Checks every batch's framing, CRC and header, without changing a byte (Kafka UnifiedLog.java
    /// `analyzeAndValidateRecords`, LogValidator.java `validateBatch`, `validateTimestamp`).
    /// - Returns: the batches and the codec of the last one.
    private static func analyze(_ buffer: ByteBuffer, origin: AppendOrigin, config: LogConfig, now: Int64) throws -> (
        [IncomingBatch], CompressionCodec
    ) {
        var batches: [IncomingBatch] = []
        var source = CompressionCodec.none
        var iterator = MemoryRecords(buffer).batches()
        var expectedOffset: Int64 = -1
        while true {
            let position = iterator.validBytes
            let next: AnyRecordBatch?
            do {
                next = try iterator.next()
            } catch {
                throw CorruptRecordError(reason: "\(error)")
            }
            guard let any = next else { break }
            guard case .magic2(let batch) = any else {
                throw InvalidRecordError(reason: "magic \(any.magic) batches are not accepted; only magic 2")
            }
            guard batch.sizeInBytes <= config.maxMessageBytes else {
                throw RecordTooLargeError(size: batch.sizeInBytes, limit: config.maxMessageBytes)
            }
            do {
                try batch.validate()
            } catch {
                throw CorruptRecordError(reason: "\(error)")
            }
            guard let codec = batch.compression else {
                throw CorruptRecordError(reason: "unknown compression id \(batch.attributes.compressionId)")
            }
            if origin == .client {
                guard batch.baseOffset == 0 else {
                    throw InvalidRecordError(
                        reason: "the base offset of a produced batch must be 0, not \(batch.baseOffset)")
                }
                guard batch.recordCount > 0, batch.lastOffsetDelta >= 0,
                    Int64(batch.lastOffsetDelta) + 1 == Int64(batch.recordCount)
                else {
                    throw InvalidRecordError(
                        reason:
                            "record count \(batch.recordCount) does not match last offset delta \(batch.lastOffsetDelta)"
                    )
                }
                guard !batch.isControlBatch else {
                    throw InvalidRecordError(reason: "clients may not write control batches")
                }
                if batch.producerId >= 0 && batch.baseSequence < 0 {
                    throw InvalidRecordError(
                        reason: "invalid sequence \(batch.baseSequence) for producer \(batch.producerId)")
                }
            } else {
                guard batch.lastOffsetDelta >= 0 else {
                    throw InvalidRecordError(reason: "negative last offset delta \(batch.lastOffsetDelta)")
                }
            }
            if origin == .replication {
                guard batch.baseOffset >= expectedOffset else {
                    throw InvalidOffsetError(offset: batch.baseOffset, reason: "replicated batches out of order")
                }
                expectedOffset = batch.nextOffset
            }
            source = codec
            batches.append(
                IncomingBatch(
                    position: position, size: batch.sizeInBytes, baseOffset: batch.baseOffset,
                    lastOffsetDelta: batch.lastOffsetDelta, maxTimestamp: batch.maxTimestamp,
                    partitionLeaderEpoch: batch.partitionLeaderEpoch, recordCount: batch.recordCount,
                    compression: codec, producerId: batch.producerId, producerEpoch: batch.producerEpoch,
                    baseSequence: batch.baseSequence, lastSequence: batch.lastSequence,
                    isControlBatch: batch.isControlBatch))
            if origin != .replication && config.cleanupPolicy.contains(.compact) && !batch.isControlBatch {
                // Kafka LogValidator.java `validateKey`: compaction needs a key on every record, the
                // one check that has to look at records.
                do {
                    var records = try batch.records()
                    while let record = try records.next() {
                        guard record.key != nil else {
                            throw InvalidRecordError(reason: "compacted topic cannot accept a record without a key")
                        }
                    }
                } catch let error as InvalidRecordError {
                    throw error
                } catch {
                    throw CorruptRecordError(reason: "\(error)")
                }
            }
            if origin != .replication && config.messageTimestampType == .createTime {
                try Self.validateTimestamps(batch, config: config, now: now)
            }
        }
        if iterator.remainingBytes > 0 && origin != .replication {
            throw CorruptRecordError(reason: "\(iterator.remainingBytes) bytes of a partial batch at the end")
        }
        return (batches, source)
    }

    /// Create-time bounds on the batch's base (first record) and max timestamps (Kafka
    /// LogValidator.java `validateTimestamp`, which checks every record; the two header timestamps
    /// bound the typical producer batch without decoding records).
    private static func validateTimestamps(_ batch: RecordBatch, config: LogConfig, now: Int64) throws {
        for timestamp in [batch.baseTimestamp, batch.maxTimestamp] where timestamp >= 0 {
            let (earliest, lowOverflow) = now.subtractingReportingOverflow(config.messageTimestampBeforeMaxMs)
            if !lowOverflow && timestamp < earliest {
                throw InvalidTimestampError(
                    timestamp: timestamp, now: now,
                    reason:
                        "more than message.timestamp.before.max.ms (\(config.messageTimestampBeforeMaxMs)) in the past")
            }
            let (latest, highOverflow) = now.addingReportingOverflow(config.messageTimestampAfterMaxMs)
            if !highOverflow && timestamp > latest {
                throw InvalidTimestampError(
                    timestamp: timestamp, now: now,
                    reason:
                        "more than message.timestamp.after.max.ms (\(config.messageTimestampAfterMaxMs)) in the future")
            }
        }
    }

    /// The remembered batch a client append repeats, if any.
    private func findDuplicate(_ batches: [IncomingBatch]) -> BatchMetadata? {
        for batch in batches where batch.producerId >= 0 && batch.baseSequence >= 0 {
            if let entry = self.producerState.producers[batch.producerId],
                let duplicate = entry.duplicate(
                    epoch: batch.producerEpoch, firstSequence: batch.baseSequence, lastSequence: batch.lastSequence)
            {
                return duplicate
            }
        }
        return nil
    }

    /// Gives the batches their offsets, the leader epoch and (under LogAppendTime) the max
    /// timestamp; `rewrittenHeaders` then writes these into copies of the headers (Kafka
    /// LogValidator.java `assignOffsetsNonCompressed`, in-place assignment for compressed batches).
    private func assignOffsets(_ batches: inout [IncomingBatch], leaderEpoch: Int32, logAppendTime: Int64) {
        var nextOffset = self.logEndOffsetValue
        for index in batches.indices {
            batches[index].baseOffset = nextOffset
            batches[index].partitionLeaderEpoch = leaderEpoch
            if logAppendTime >= 0 { batches[index].maxTimestamp = logAppendTime }
            nextOffset += Int64(batches[index].lastOffsetDelta) + 1
        }
    }

    /// The 61-byte headers of the batches, back to back, with the assigned base offset and leader
    /// epoch and, under LogAppendTime, the timestamp type, max timestamp and a CRC-32C recomputed
    /// over the new header fields and the untouched records (Kafka DefaultRecordBatch.java
    /// `setLastOffset`, `setPartitionLeaderEpoch`, `setMaxTimestamp`).
    ///
    /// The segment writes each header followed by the rest of its batch straight from `buffer`,
    /// so the producer's bytes are neither changed nor copied, even when `buffer` shares storage
    /// with the request it came in.
    static func rewrittenHeaders(
        of buffer: ByteBuffer, batches: [IncomingBatch], rewrite: Bool, logAppendTime: Int64
    ) -> [UInt8] {
        let headerSize = RecordBatch.headerSize
        var headers = [UInt8](repeating: 0, count: batches.count * headerSize)
        buffer.withUnsafeReadableBytes { body in
            headers.withUnsafeMutableBytes { output in
                guard let source = body.baseAddress, let target = output.baseAddress else { return }
                for (index, batch) in batches.enumerated() {
                    let header = target + index * headerSize
                    header.copyMemory(from: source + batch.position, byteCount: headerSize)
                    guard rewrite else { continue }
                    header.storeBytes(of: batch.baseOffset.bigEndian, toByteOffset: 0, as: Int64.self)
                    header.storeBytes(of: batch.partitionLeaderEpoch.bigEndian, toByteOffset: 12, as: Int32.self)
                    guard logAppendTime >= 0 else { continue }
                    var attributes = RecordBatchAttributes(
                        rawValue: Int16(bigEndian: header.loadUnaligned(fromByteOffset: 21, as: Int16.self)))
                    let stored = Int64(bigEndian: header.loadUnaligned(fromByteOffset: 35, as: Int64.self))
                    // Kafka skips the CRC pass when nothing covered by it changes.
                    guard stored != logAppendTime || attributes.timestampType != .logAppendTime else { continue }
                    attributes.timestampType = .logAppendTime
                    header.storeBytes(of: attributes.rawValue.bigEndian, toByteOffset: 21, as: Int16.self)
                    header.storeBytes(of: logAppendTime.bigEndian, toByteOffset: 35, as: Int64.self)
                    var crc = CRC32C.checksum(UnsafeRawBufferPointer(start: header + 21, count: headerSize - 21))
                    crc = CRC32C.checksum(
                        UnsafeRawBufferPointer(
                            start: source + batch.position + headerSize, count: batch.size - headerSize),
                        continuing: crc)
                    header.storeBytes(of: crc.bigEndian, toByteOffset: 17, as: UInt32.self)
                }
            }
        }
        return headers
    }

    /// Rebuilds batches whose codec differs from the topic's `compression.type`, decoding their
    /// records; other batches are copied as they are (Kafka LogValidator.java
    /// `validateMessagesAndAssignOffsetsCompressed` when in-place assignment is impossible).
    /// - Returns: the new buffer, its batches and the codec they are stored with.
    private func rebuild(_ buffer: ByteBuffer, batches: [IncomingBatch]) throws -> (
        ByteBuffer, [IncomingBatch], CompressionCodec
    ) {
        var output = ByteBuffer()
        output.reserveCapacity(buffer.readableBytes)
        var rebuilt: [IncomingBatch] = []
        var target = CompressionCodec.none
        for batch in batches {
            guard let slice = buffer.getSlice(at: buffer.readerIndex + batch.position, length: batch.size) else {
                throw CorruptRecordError(reason: "batch at \(batch.position) outside the buffer")
            }
            let source = try RecordBatch(slice)
            let codec =
                batch.isControlBatch ? batch.compression : self.config.compression.target(for: batch.compression)
            target = codec
            var bytes: ByteBuffer
            if codec == batch.compression {
                bytes = slice
            } else {
                var builder = RecordBatchBuilder(
                    baseOffset: 0, partitionLeaderEpoch: source.partitionLeaderEpoch, producerId: source.producerId,
                    producerEpoch: source.producerEpoch, baseSequence: source.baseSequence,
                    isTransactional: source.isTransactional, isControlBatch: source.isControlBatch,
                    timestampType: source.timestampType, logAppendTime: source.maxTimestamp, compression: codec,
                    compressionLevel: self.config.compressionLevel(for: codec))
                var records: RecordIterator
                do {
                    records = try source.records()
                    while let record = try records.next() {
                        try builder.append(
                            offsetDelta: record.offsetDelta, timestamp: record.timestamp, key: record.key,
                            value: record.value, headers: Array(record.headers), attributes: record.attributes)
                    }
                } catch {
                    throw CorruptRecordError(reason: "\(error)")
                }
                bytes = try builder.build()
                // Keep the offset range the producer declared, whatever the records' deltas.
                let lastOffsetDelta = source.lastOffsetDelta
                bytes.setInteger(lastOffsetDelta, at: bytes.readerIndex + 23)
                try RecordBatch.updateChecksum(in: &bytes, batchAt: bytes.readerIndex)
            }
            var info = batch
            info.position = output.readableBytes
            info.size = bytes.readableBytes
            info.maxTimestamp = bytes.getInteger(at: bytes.readerIndex + 35, as: Int64.self) ?? -1
            info.compression = codec
            guard info.size <= self.config.maxMessageBytes else {
                throw RecordTooLargeError(size: info.size, limit: self.config.maxMessageBytes)
            }
            output.writeImmutableBuffer(bytes)
            rebuilt.append(info)
        }
        return (output, rebuilt, target)
    }

    /// Rolls to a new segment when the active one should not take this append (Kafka
    /// UnifiedLog.java `maybeRoll`).
    func maybeRoll(messagesSize: Int, maxTimestamp: Int64, firstOffset: Int64, lastOffset: Int64, now: Int64) throws {
        let segment = self.activeSegment
        if segment.shouldRoll(
            config: self.config, messagesSize: messagesSize, maxTimestampInMessages: maxTimestamp,
            maxOffsetInMessages: lastOffset, nowMs: now)
        {
            try self.rollLocked(expectedNextOffset: firstOffset)
        }
    }

    /// Starts a new active segment at the log end offset (Kafka UnifiedLog.java `roll`): the old one
    /// gets its final time index entry and trimmed indexes, producer state is snapshotted, and the
    /// rolled segments are flushed later by `flushPendingRolls`.
    /// - Throws: `StorageIOError`, `LogClosedError`.
    public func roll() throws {
        try self.locked { try self.rollLocked(expectedNextOffset: nil) }
    }

    func rollLocked(expectedNextOffset: Int64?) throws {
        let newOffset = max(expectedNextOffset ?? 0, self.logEndOffsetValue)
        let old = self.activeSegment
        if old.baseOffset == newOffset && old.size == 0 { return }
        try old.onBecomeInactiveSegment()
        self.producerState.updateMapEndOffset(newOffset)
        try self.producerState.takeSnapshot()
        // Leftover files at the new offset (an interrupted roll) are replaced (Kafka LocalLog.java `roll`).
        for kind in [LogFileName.Kind.log, .index, .timeIndex, .transactionIndex] {
            try FileSystem.removeFile(LogFileName.path(self.directory, baseOffset: newOffset, kind: kind))
        }
        let (segment, _) = try LogSegment.open(
            directory: self.directory, baseOffset: newOffset, config: self.config, nowMs: self.clock.milliseconds(),
            create: true)
        self.segments.append(segment)
        self.directoryNeedsSync = true
        self.pendingFlushOffset = newOffset
    }

    // MARK: Flushing

    /// Forces everything up to `offset` (default: the log end) to disk, and the directory when
    /// segments were created, then moves the recovery point there (Kafka UnifiedLog.java `flush`).
    /// - Throws: `StorageIOError`, `LogClosedError`.
    public func flush(upTo offset: Int64? = nil) throws {
        try self.locked { try self.flushLocked(upTo: offset ?? self.logEndOffsetValue, includingActiveIndexes: true) }
    }

    /// Performs the flush a roll scheduled, and a `flush.ms` flush when due (Kafka LogManager's
    /// `flushDirtyLogs` and the roll's scheduled flush). Called by the log manager's maintenance.
    /// - Throws: `StorageIOError`, `LogClosedError`.
    public func flushIfDue() throws {
        try self.locked {
            let now = self.clock.milliseconds()
            if now &- self.lastFlushMs >= self.config.flushMs {
                try self.flushLocked(upTo: self.logEndOffsetValue)
            } else if let pending = self.pendingFlushOffset {
                try self.flushLocked(upTo: pending)
            }
        }
    }

    /// Flushes the log data up to `offset` and the indexes of rolled segments.
    ///
    /// The active segment's indexes are forced only when `includingActiveIndexes` (an explicit
    /// flush, e.g. before a clean shutdown): after an unclean one, recovery always rebuilds the
    /// active segment's indexes, because it starts at the segment holding the recovery point,
    /// which is never after the active one. This keeps `flush.messages=1` to one data sync per append.
    func flushLocked(upTo offset: Int64, includingActiveIndexes: Bool = false) throws {
        let target = min(offset, self.logEndOffsetValue)
        if target > self.recoveryPointValue {
            for segment in self.segments
            where segment.nextOffset > self.recoveryPointValue && segment.baseOffset < target {
                try segment.log.flush()
            }
        }
        let active = self.activeSegment
        for segment in self.segments where segment.indexesNeedSync && (segment !== active || includingActiveIndexes) {
            try segment.flushIndexes()
        }
        if self.directoryNeedsSync {
            try FileSystem.syncDirectory(self.directory)
            self.directoryNeedsSync = false
        }
        if target > self.recoveryPointValue { self.recoveryPointValue = target }
        if let pending = self.pendingFlushOffset, pending <= target { self.pendingFlushOffset = nil }
        self.lastFlushMs = self.clock.milliseconds()
    }
}
