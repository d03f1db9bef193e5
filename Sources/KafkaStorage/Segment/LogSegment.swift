import KafkaProtocol
import NIOCore

/// One segment of a partition log: the `.log` file of batches from `baseOffset` on, with its
/// offset, time and transaction indexes (Kafka LogSegment.java).
///
/// Owned by a `PartitionLog` and used only under its lock.
final class LogSegment {
    let baseOffset: Int64
    let log: FileRecords
    let offsetIndex: OffsetIndex
    let timeIndex: TimeIndex
    let transactionIndex: TransactionIndex
    let indexIntervalBytes: Int
    /// `segment.index.bytes`: the size of the indexes while the segment is active.
    let maxIndexSize: Int
    /// How much earlier than `segment.ms` this segment rolls (Kafka `rollJitterMs`).
    let rollJitterMs: Int64
    /// When the segment object was created, for time-based rolls of segments without timestamps.
    let createdMs: Int64
    private var bytesSinceLastIndexEntry = 0
    /// The largest batch max timestamp in the segment, -1 when none (Kafka `maxTimestampSoFar`).
    private(set) var maxTimestampSoFar: Int64 = -1
    /// Last offset of the batch with that timestamp (Kafka `shallowOffsetOfMaxTimestampSoFar`).
    private(set) var offsetOfMaxTimestampSoFar: Int64
    /// The first batch's max timestamp, which time-based rolling measures from.
    private var rollingBasedTimestamp: Int64?
    /// The offset after the last batch; the base offset when empty.
    private(set) var nextOffset: Int64
    /// The indexes changed since they were last forced to disk.
    private(set) var indexesNeedSync = true

    /// Bytes in the `.log` file.
    var size: Int { self.log.size }
    var directory: String { FileSystem.parent(of: self.log.path) }

    private init(
        baseOffset: Int64, log: FileRecords, offsetIndex: OffsetIndex, timeIndex: TimeIndex,
        transactionIndex: TransactionIndex, indexIntervalBytes: Int, maxIndexSize: Int, rollJitterMs: Int64,
        createdMs: Int64
    ) {
        self.baseOffset = baseOffset
        self.log = log
        self.offsetIndex = offsetIndex
        self.timeIndex = timeIndex
        self.transactionIndex = transactionIndex
        self.indexIntervalBytes = indexIntervalBytes
        self.maxIndexSize = maxIndexSize
        self.rollJitterMs = rollJitterMs
        self.createdMs = createdMs
        self.offsetOfMaxTimestampSoFar = baseOffset
        self.nextOffset = baseOffset
    }

    /// Opens the segment files `<directory>/<baseOffset><suffix>[<marker>]`, creating missing
    /// ones (Kafka LogSegment.java `open`).
    /// - Parameters:
    ///   - marker: nil for a live segment, `.cleaned` or `.swap` for one built by the cleaner.
    ///   - nowMs: the creation time recorded for time-based rolling.
    /// - Returns: the segment and whether its offset index or time index file was missing.
    /// - Throws: `StorageIOError`, `CorruptIndexError` for a broken transaction index.
    static func open(
        directory: String, baseOffset: Int64, config: LogConfig, nowMs: Int64, marker: LogFileName.Marker? = nil,
        create: Bool = false
    ) throws -> (segment: LogSegment, missingIndex: Bool) {
        let logPath = LogFileName.path(directory, baseOffset: baseOffset, kind: .log, marker: marker)
        let indexPath = LogFileName.path(directory, baseOffset: baseOffset, kind: .index, marker: marker)
        let timeIndexPath = LogFileName.path(directory, baseOffset: baseOffset, kind: .timeIndex, marker: marker)
        let missingIndex = !FileSystem.exists(indexPath) || !FileSystem.exists(timeIndexPath)
        let log = try FileRecords(path: logPath, create: create)
        let segment = LogSegment(
            baseOffset: baseOffset,
            log: log,
            offsetIndex: try OffsetIndex(
                path: indexPath, baseOffset: baseOffset, maxIndexSize: config.segmentIndexBytes),
            timeIndex: try TimeIndex(
                path: timeIndexPath, baseOffset: baseOffset, maxIndexSize: config.segmentIndexBytes),
            transactionIndex: try TransactionIndex(
                path: LogFileName.path(directory, baseOffset: baseOffset, kind: .transactionIndex, marker: marker),
                baseOffset: baseOffset),
            indexIntervalBytes: config.indexIntervalBytes,
            maxIndexSize: config.segmentIndexBytes,
            rollJitterMs: config.randomSegmentJitter(),
            createdMs: nowMs
        )
        return (segment, missingIndex)
    }

    // MARK: Append

    /// Whether `offset` fits a relative offset of this segment (Kafka `canConvertToRelativeOffset`).
    func canConvertToRelativeOffset(_ offset: Int64) -> Bool {
        let relative = offset - self.baseOffset
        return relative >= 0 && relative <= Int64(Int32.max)
    }

    /// Appends batches whose offsets are assigned (Kafka LogSegment.java `append`): writes the
    /// bytes, then adds an index entry for each batch that starts more than `index.interval.bytes`
    /// after the previous entry.
    /// - Parameters:
    ///   - headers: the 61-byte header each batch is written with, back to back.
    ///   - body: the batches as received; each is written from its byte 61 on.
    ///   - batches: the assigned header values, `position` relative to the start of `body`.
    /// - Throws: `InvalidOffsetError` when an offset does not fit this segment; `StorageIOError`.
    func append(headers: [UInt8], body: ByteBuffer, batches: [BatchHeader]) throws {
        guard let last = batches.last, body.readableBytes > 0 else { return }
        guard self.canConvertToRelativeOffset(last.lastOffset) else {
            throw InvalidOffsetError(offset: last.lastOffset, reason: "does not fit segment \(self.baseOffset)")
        }
        var physicalPosition = self.log.size
        if physicalPosition == 0 {
            self.rollingBasedTimestamp = batches.map(\.maxTimestamp).max()
        }
        do {
            try self.log.appendBatches(headers: headers, body: body, batches: batches.map { ($0.position, $0.size) })
        } catch {
            // A short write must not stay in front of the next append (Kafka would take the whole
            // log dir offline instead).
            try? self.log.truncate(to: physicalPosition)
            throw error
        }
        for batch in batches {
            try self.indexBatch(batch, at: physicalPosition)
            physicalPosition += batch.size
        }
        self.nextOffset = last.nextOffset
    }

    /// Appends batches as they are, e.g. those the cleaner keeps.
    /// - Throws: as `append(headers:body:batches:)`.
    func append(verbatim body: ByteBuffer, batches: [BatchHeader]) throws {
        var headers: [UInt8] = []
        headers.reserveCapacity(batches.count * RecordBatch.headerSize)
        for batch in batches {
            guard let header = body.getBytes(at: body.readerIndex + batch.position, length: RecordBatch.headerSize)
            else {
                throw CorruptRecordError(reason: "batch at \(batch.position) does not fit the buffer")
            }
            headers += header
        }
        try self.append(headers: headers, body: body, batches: batches)
    }

    /// Updates the max timestamp and the indexes for one batch at `position`.
    private func indexBatch(_ batch: BatchHeader, at position: Int) throws {
        if batch.maxTimestamp > self.maxTimestampSoFar {
            self.maxTimestampSoFar = batch.maxTimestamp
            self.offsetOfMaxTimestampSoFar = batch.lastOffset
        }
        if self.bytesSinceLastIndexEntry > self.indexIntervalBytes {
            self.indexesNeedSync = true
            try self.offsetIndex.append(offset: batch.lastOffset, position: position)
            try self.timeIndex.maybeAppend(timestamp: self.maxTimestampSoFar, offset: self.offsetOfMaxTimestampSoFar)
            self.bytesSinceLastIndexEntry = 0
        }
        self.bytesSinceLastIndexEntry += batch.size
    }

    /// Whether the next append of `messagesSize` bytes up to `maxOffset` must go to a new segment
    /// (Kafka LogSegment.java `shouldRoll`): the segment would pass `segment.bytes`, it is older
    /// than `segment.ms` minus jitter, an index is full, or an offset would not fit.
    func shouldRoll(
        config: LogConfig, messagesSize: Int, maxTimestampInMessages: Int64, maxOffsetInMessages: Int64, nowMs: Int64
    ) -> Bool {
        let reachedRollMs =
            self.timeWaitedForRoll(nowMs: nowMs, messageTimestamp: maxTimestampInMessages)
            > config.segmentMs - self.rollJitterMs
        return self.size > config.segmentBytes - messagesSize
            || (self.size > 0 && reachedRollMs)
            || self.offsetIndex.isFull || self.timeIndex.isFull
            || !self.canConvertToRelativeOffset(maxOffsetInMessages)
    }

    /// Time since the first batch's timestamp, or since creation without one (Kafka
    /// `timeWaitedForRoll`).
    private func timeWaitedForRoll(nowMs: Int64, messageTimestamp: Int64) -> Int64 {
        if self.rollingBasedTimestamp == nil, self.size > 0,
            let first = try? self.batchHeader(at: 0)
        {
            self.rollingBasedTimestamp = first.maxTimestamp
        }
        if let rollingBasedTimestamp, rollingBasedTimestamp >= 0 {
            return messageTimestamp &- rollingBasedTimestamp
        }
        return nowMs &- self.createdMs
    }

    // MARK: Reading

    /// The header of the batch at `position`, nil at the end or before a partial header.
    /// - Throws: `CorruptRecordError` for an impossible size or magic; `StorageIOError`.
    func batchHeader(at position: Int) throws -> BatchHeader? {
        guard position < self.log.size else { return nil }
        let bytes = try self.log.read(at: position, length: min(BatchHeader.readSize, self.log.size - position))
        guard let header = try BatchHeader(bytes: bytes, position: position) else { return nil }
        guard header.position + header.size <= self.log.size else { return nil }
        return header
    }

    /// The first batch at or after `startingPosition` whose last offset is at least `offset`
    /// (Kafka LogSegment.java `translateOffset`, FileRecords.java `searchForOffsetFromPosition`).
    /// - Throws: `CorruptRecordError`, `StorageIOError`.
    func translateOffset(_ offset: Int64, startingPosition: Int = 0) throws -> BatchHeader? {
        let mapping = self.offsetIndex.lookup(offset)
        var position = max(mapping.position, startingPosition)
        while let header = try self.batchHeader(at: position) {
            if header.lastOffset >= offset { return header }
            position += header.size
        }
        return nil
    }

    /// Reads from the batch holding `startOffset` (Kafka LogSegment.java `read`).
    /// - Parameters:
    ///   - maxSize: the most bytes to return; with `minOneMessage` at least the first batch.
    ///   - maxPosition: where the readable part of the file ends (the high watermark's position).
    /// - Returns: the slice and the position it starts at, nil when no batch reaches `startOffset`.
    /// - Throws: `CorruptRecordError`, `StorageIOError`.
    func read(startOffset: Int64, maxSize: Int, maxPosition: Int, minOneMessage: Bool) throws -> (
        slice: FileSlice, firstBatch: BatchHeader
    )? {
        guard let first = try self.translateOffset(startOffset), first.position < maxPosition else { return nil }
        let adjustedMaxSize = minOneMessage ? max(maxSize, first.size) : maxSize
        let length = max(0, min(maxPosition - first.position, adjustedMaxSize))
        return (self.log.slice(position: first.position, length: length), first)
    }

    /// The first record at or after `startingOffset` whose timestamp is at least `timestamp`
    /// (Kafka LogSegment.java `findOffsetByTimestamp`, FileRecords.java `searchForTimestamp`).
    /// - Throws: `ProtocolDecodingError` or `CompressionError` for a damaged batch; `StorageIOError`.
    func findOffsetByTimestamp(_ timestamp: Int64, startingOffset: Int64) throws -> (timestamp: Int64, offset: Int64)? {
        let indexed = self.timeIndex.lookup(timestamp)
        var position = self.offsetIndex.lookup(max(indexed.offset, startingOffset)).position
        while let header = try self.batchHeader(at: position) {
            defer { position += header.size }
            guard header.maxTimestamp >= timestamp, header.lastOffset >= startingOffset else { continue }
            let bytes = try self.log.read(at: header.position, length: header.size)
            guard header.magic == RecordBatch.currentMagic else {
                if header.lastOffset >= startingOffset { return (header.maxTimestamp, header.lastOffset) }
                continue
            }
            var records = try RecordBatch(bytes).records()
            while let record = try records.next() {
                if record.timestamp >= timestamp && record.offset >= startingOffset {
                    return (record.timestamp, record.offset)
                }
            }
        }
        return nil
    }

    /// The newest timestamp for retention: the max timestamp, or the file's modification time
    /// when no batch has one (Kafka LogSegment.java `largestTimestamp`).
    var largestTimestamp: Int64 {
        self.maxTimestampSoFar >= 0 ? self.maxTimestampSoFar : self.log.lastModifiedMs()
    }

    // MARK: Recovery

    /// Loads the in-memory state of a segment whose files are trusted: the next offset (a scan
    /// from the last index entry) and the max timestamp (the last time index entry) (Kafka
    /// LogSegment.java `readNextOffset`, `maxTimestampAndOffsetSoFar`).
    /// - Throws: `CorruptRecordError` when the scan meets a bad header; `StorageIOError`.
    func loadState() throws {
        let last = self.timeIndex.lastEntry
        self.maxTimestampSoFar = last.timestamp
        self.offsetOfMaxTimestampSoFar = last.offset
        var position = self.offsetIndex.lookup(self.offsetIndex.lastOffset).position
        var next = self.baseOffset
        while let header = try self.batchHeader(at: position) {
            next = header.nextOffset
            if header.maxTimestamp > self.maxTimestampSoFar {
                self.maxTimestampSoFar = header.maxTimestamp
                self.offsetOfMaxTimestampSoFar = header.lastOffset
            }
            position += header.size
        }
        guard position == self.log.size else {
            throw CorruptRecordError(reason: "partial batch at position \(position) of \(self.log.path)")
        }
        self.nextOffset = next
    }

    /// Checks the indexes of a segment loaded without recovery (Kafka LogSegment.java `sanityCheck`).
    /// - Throws: `CorruptIndexError`.
    func sanityCheck() throws {
        try self.offsetIndex.sanityCheck(logSize: self.log.size)
        try self.timeIndex.sanityCheck()
        try self.transactionIndex.sanityCheck()
    }

    /// Rebuilds the indexes by reading every batch, validating each (CRC and structure), and cuts
    /// the file at the first batch that is torn, corrupt or out of order (Kafka LogSegment.java
    /// `recover`).
    /// - Parameters:
    ///   - maxIndexSize: the size the indexes are preallocated to while rebuilding.
    ///   - onBatch: called for each valid batch in order (producer state, leader epochs).
    /// - Returns: the number of bytes cut from the end.
    /// - Throws: `StorageIOError`, or what `onBatch` throws.
    func recover(maxIndexSize: Int, onBatch: (AnyRecordBatch) throws -> Void) throws -> Int {
        self.indexesNeedSync = true
        try self.offsetIndex.reset(maxIndexSize: maxIndexSize)
        try self.timeIndex.reset(maxIndexSize: maxIndexSize)
        try self.transactionIndex.reset()
        self.maxTimestampSoFar = -1
        self.offsetOfMaxTimestampSoFar = self.baseOffset
        self.bytesSinceLastIndexEntry = 0
        self.rollingBasedTimestamp = nil
        let fileLength = self.log.fileLength()
        var validBytes = 0
        var lastIndexEntry = 0
        var expectedOffset = self.baseOffset
        let chunkSize = 8 * 1024 * 1024
        scan: while validBytes < fileLength {
            var chunkLength = min(chunkSize, fileLength - validBytes)
            // A batch larger than the chunk is read whole when the file holds all of it.
            if let size = try self.log.read(at: validBytes, length: 12).getInteger(at: 8, as: Int32.self),
                Int(size) + RecordBatch.logOverhead > chunkLength
            {
                chunkLength = min(Int(size) + RecordBatch.logOverhead, fileLength - validBytes)
            }
            let chunk = try self.log.read(at: validBytes, length: chunkLength)
            var batches = MemoryRecords(chunk).batches()
            var progressed = false
            while true {
                let next: AnyRecordBatch?
                do {
                    next = try batches.next()
                    try next?.validate()
                } catch {
                    break scan
                }
                guard let batch = next else { break }
                let header: BatchHeader
                do {
                    guard let parsed = try BatchHeader(bytes: batch.buffer, position: validBytes) else { break scan }
                    header = parsed
                } catch {
                    break scan
                }
                // Offsets must rise and fit the segment; Kafka checks the latter
                // (`ensureOffsetInRange`), the former catches a damaged, CRC-uncovered base offset.
                let firstOffset = header.magic == RecordBatch.currentMagic ? header.baseOffset : header.lastOffset
                guard firstOffset >= expectedOffset, header.lastOffset >= firstOffset,
                    self.canConvertToRelativeOffset(header.lastOffset)
                else { break scan }
                if header.maxTimestamp > self.maxTimestampSoFar {
                    self.maxTimestampSoFar = header.maxTimestamp
                    self.offsetOfMaxTimestampSoFar = header.lastOffset
                }
                if validBytes - lastIndexEntry > self.indexIntervalBytes {
                    try self.offsetIndex.append(offset: header.lastOffset, position: validBytes)
                    try self.timeIndex.maybeAppend(
                        timestamp: self.maxTimestampSoFar, offset: self.offsetOfMaxTimestampSoFar)
                    lastIndexEntry = validBytes
                }
                if validBytes == 0 { self.rollingBasedTimestamp = header.maxTimestamp }
                try onBatch(batch)
                validBytes += header.size
                expectedOffset = header.nextOffset
                self.nextOffset = header.nextOffset
                progressed = true
            }
            if !progressed { break }
        }
        if validBytes == 0 { self.nextOffset = self.baseOffset }
        let truncated = fileLength - validBytes
        if truncated > 0 {
            try self.log.truncate(to: validBytes)
        }
        try self.offsetIndex.file.trimToValidSize()
        try self.timeIndex.maybeAppend(
            timestamp: self.maxTimestampSoFar, offset: self.offsetOfMaxTimestampSoFar, skipFullCheck: true)
        try self.timeIndex.file.trimToValidSize()
        return truncated
    }

    // MARK: Truncation, rolling, flushing

    /// Removes every batch whose last offset is at or above `offset`'s batch, i.e. cuts the file
    /// at the batch holding `offset` (Kafka LogSegment.java `truncateTo`).
    /// - Returns: the bytes removed.
    /// - Throws: `CorruptRecordError`, `StorageIOError`.
    func truncate(to offset: Int64) throws -> Int {
        guard let mapping = try self.translateOffset(offset) else { return 0 }
        self.indexesNeedSync = true
        self.offsetIndex.truncate(to: offset)
        self.timeIndex.truncate(to: offset)
        try self.transactionIndex.truncate(to: offset)
        // The segment becomes the active one: its indexes get room again (Kafka LogSegment.java
        // `truncateTo` resizes them to the maximum).
        try self.resizeIndexes(self.maxIndexSize)
        let before = self.log.size
        try self.log.truncate(to: mapping.position)
        self.bytesSinceLastIndexEntry = 0
        if self.log.size == 0 {
            self.rollingBasedTimestamp = nil
            self.maxTimestampSoFar = -1
            self.offsetOfMaxTimestampSoFar = self.baseOffset
            self.nextOffset = self.baseOffset
        } else {
            try self.loadState()
        }
        return before - self.log.size
    }

    /// Gives the indexes their final size when the segment stops being the active one: the last
    /// time index entry is added and both are trimmed (Kafka `onBecomeInactiveSegment`).
    /// - Throws: `InvalidOffsetError`, `StorageIOError`.
    func onBecomeInactiveSegment() throws {
        self.indexesNeedSync = true
        try self.appendFinalTimeIndexEntry()
        try self.offsetIndex.file.trimToValidSize()
        try self.timeIndex.file.trimToValidSize()
    }

    private func appendFinalTimeIndexEntry() throws {
        guard self.maxTimestampSoFar >= 0 else { return }
        try self.timeIndex.maybeAppend(
            timestamp: self.maxTimestampSoFar, offset: self.offsetOfMaxTimestampSoFar, skipFullCheck: true)
    }

    /// Preallocates the indexes again, for the active segment after loading (Kafka `resizeIndexes`).
    /// - Throws: `StorageIOError`.
    func resizeIndexes(_ size: Int) throws {
        try self.offsetIndex.file.resize(size)
        try self.timeIndex.file.resize(size)
    }

    /// Forces the log and its indexes to disk (Kafka LogSegment.java `flush`).
    /// - Throws: `StorageIOError`.
    func flush() throws {
        try self.log.flush()
        try self.flushIndexes()
    }

    /// Forces the indexes to disk if they changed since the last time.
    /// - Throws: `StorageIOError`.
    func flushIndexes() throws {
        guard self.indexesNeedSync else { return }
        try self.offsetIndex.file.flush()
        try self.timeIndex.file.flush()
        try self.transactionIndex.flush()
        self.indexesNeedSync = false
    }

    /// Adds the final time index entry and trims the indexes (Kafka LogSegment.java `close`).
    /// - Throws: `InvalidOffsetError`, `StorageIOError`.
    func close() throws {
        try self.appendFinalTimeIndexEntry()
        try self.offsetIndex.file.trimToValidSize()
        try self.timeIndex.file.trimToValidSize()
    }

    /// Renames every file of the segment to carry `marker`, e.g. `.deleted`, or none (Kafka
    /// LogSegment.java `changeFileSuffixes`).
    /// - Throws: `StorageIOError`.
    func changeMarker(to marker: LogFileName.Marker?) throws {
        let directory = self.directory
        func path(_ kind: LogFileName.Kind) -> String {
            LogFileName.path(directory, baseOffset: self.baseOffset, kind: kind, marker: marker)
        }
        try self.log.rename(to: path(.log))
        try self.offsetIndex.file.rename(to: path(.index))
        try self.timeIndex.file.rename(to: path(.timeIndex))
        try self.transactionIndex.rename(to: path(.transactionIndex))
    }

    /// Removes every file of the segment; open slices keep reading the old log file.
    /// - Throws: `StorageIOError`.
    func deleteFiles() throws {
        try self.log.delete()
        try self.offsetIndex.file.delete()
        try self.timeIndex.file.delete()
        try self.transactionIndex.delete()
    }

    /// Sets the modification time of the log file, e.g. for retention tests.
    func setLastModifiedMs(_ milliseconds: Int64) {
        self.log.setLastModifiedMs(milliseconds)
    }
}
