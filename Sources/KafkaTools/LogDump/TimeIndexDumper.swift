import KafkaProtocol
import KafkaStorage
import NIOCore

/// Dumps a time index (`.timeindex`) and checks it against the segment's `.index` and `.log`
/// (DumpLogSegments.scala `dumpTimeIndex`): each entry's offset must be the last offset of a batch
/// whose largest record timestamp is the entry's timestamp, and timestamps must rise.
struct TimeIndexDumper {
    let options: LogDumpOptions
    let stdout: any ToolOutput
    let stderr: any ToolOutput
    let report: LogDumpReport

    /// Dumps the time index at `path`.
    ///
    /// - Throws: `ToolError` when a file cannot be read or the sanity check fails.
    func dump(path: String) throws {
        let baseOffset = try LogDumpCommand.baseOffset(of: path)
        let bytes = try DumpFile(path: path).readAll()
        let absolutePath = DumpFile.absolutePath(path)
        if self.options.indexSanityCheck {
            try Self.sanityCheck(bytes: bytes, baseOffset: baseOffset, absolutePath: absolutePath)
            self.emit("\(path) passed sanity check.") {
                var line = JSONLine("sanityCheckPassed")
                line.add("file", path)
                return line
            }
            return
        }
        let logPath = LogDumpCommand.siblingPath(of: path, suffix: LogFileName.Kind.log.rawValue)
        let log = try LogDumpCommand.openSibling(logPath, for: path, stdout: self.stdout, stderr: self.stderr)
        let indexPath = LogDumpCommand.siblingPath(of: path, suffix: LogFileName.Kind.index.rawValue)
        // A missing offset index is an empty one: every lookup answers position 0.
        let indexEntries =
            DumpFile.exists(indexPath) ? OffsetIndexEntry.entries(in: try DumpFile(path: indexPath).readAll()) : []

        var previousTimestamp: Int64 = -1
        for entry in TimeIndexEntry.entries(in: bytes) {
            let offset = entry.offset(baseOffset: baseOffset)
            if let log {
                try self.check(
                    entry: entry, offset: offset, previousTimestamp: previousTimestamp, log: log,
                    indexEntries: indexEntries, baseOffset: baseOffset, absolutePath: absolutePath)
            }
            if !self.options.verifyIndexOnly {
                self.emit("timestamp: \(entry.timestamp) offset: \(offset)") {
                    var line = JSONLine("timeIndexEntry")
                    line.add("timestamp", entry.timestamp)
                    line.add("offset", offset)
                    return line
                }
            }
            previousTimestamp = entry.timestamp
        }
    }

    /// Checks one entry against the log and records what does not match.
    private func check(
        entry: TimeIndexEntry, offset: Int64, previousTimestamp: Int64, log: DumpFile,
        indexEntries: [OffsetIndexEntry], baseOffset: Int64, absolutePath: String
    ) throws {
        // OffsetIndex.lookup: the last entry at or below the offset, else the segment start.
        let position = indexEntries.last { $0.offset(baseOffset: baseOffset) <= offset }.map { Int($0.position) } ?? 0
        var reader = SegmentBatchReader(file: log, start: position)
        var found: AnyRecordBatch?
        while let (batch, _) = try reader.next() {
            if batch.lastOffset >= offset {
                found = batch
                break
            }
        }
        guard let batch = found else {
            self.report.recordOffsetNotFound(file: absolutePath, indexOffset: offset, logOffset: -1)
            return
        }
        guard batch.lastOffset == offset else {
            self.report.recordOffsetNotFound(file: absolutePath, indexOffset: offset, logOffset: batch.lastOffset)
            return
        }
        var maxTimestamp: Int64 = -1
        do {
            switch batch {
            case .magic2(let batch):
                var records = try batch.records()
                while let record = try records.next() { maxTimestamp = max(maxTimestamp, record.timestamp) }
            case .legacy(let entry):
                var records = try entry.records()
                while let record = try records.next() { maxTimestamp = max(maxTimestamp, record.timestamp) }
            }
        } catch {
            throw ToolError("Corrupt record batch in \(log.path) for offset \(offset): \(error)")
        }
        if maxTimestamp != entry.timestamp {
            self.report.recordTimestampMismatch(
                file: absolutePath, indexTimestamp: entry.timestamp, logTimestamp: maxTimestamp)
        }
        if previousTimestamp >= entry.timestamp {
            self.report.recordOutOfOrderTimestamp(
                file: absolutePath, indexTimestamp: entry.timestamp, previousTimestamp: previousTimestamp)
        }
    }

    private func emit(_ text: String, json: () -> JSONLine) {
        self.stdout.line(self.options.json ? json().text : text)
    }

    /// The broker's startup check (Kafka TimeIndex.java `sanityCheck`).
    ///
    /// - Throws: `ToolError` with Kafka's CorruptIndexException message.
    static func sanityCheck(bytes: ByteBuffer, baseOffset: Int64, absolutePath: String) throws {
        let count = bytes.readableBytes / TimeIndexEntry.size
        if count > 0 {
            var first = bytes
            var last = bytes
            last.moveReaderIndex(forwardBy: (count - 1) * TimeIndexEntry.size)
            let firstEntry = try TimeIndexEntry.read(from: &first)
            let lastEntry = try TimeIndexEntry.read(from: &last)
            if lastEntry.timestamp < firstEntry.timestamp {
                throw ToolError(
                    "Corrupt time index found, time index file (\(absolutePath)) has non-zero size but the last "
                        + "timestamp is \(lastEntry.timestamp) which is less than the first timestamp "
                        + "\(firstEntry.timestamp)")
            }
            let lastOffset = lastEntry.offset(baseOffset: baseOffset)
            if lastOffset < baseOffset {
                throw ToolError(
                    "Corrupt time index found, time index file (\(absolutePath)) has non-zero size but the last "
                        + "offset is \(lastOffset) which is less than the first offset \(baseOffset)")
            }
        }
        if bytes.readableBytes % TimeIndexEntry.size != 0 {
            throw ToolError(
                "Time index file \(absolutePath) is corrupt, found \(bytes.readableBytes) bytes which is neither "
                    + "positive nor a multiple of \(TimeIndexEntry.size).")
        }
    }
}
