import KafkaProtocol
import KafkaStorage
import NIOCore

/// Dumps an offset index (`.index`) and checks it against its segment (DumpLogSegments.scala
/// `dumpIndex`): each entry must point at a batch whose last offset is the entry's offset.
struct IndexDumper {
    let options: LogDumpOptions
    let stdout: any ToolOutput
    let stderr: any ToolOutput
    let report: LogDumpReport

    /// Dumps the index at `path`.
    ///
    /// - Throws: `ToolError` when a file cannot be read or the sanity check fails.
    func dump(path: String) throws {
        let baseOffset = try LogDumpCommand.baseOffset(of: path)
        let bytes = try DumpFile(path: path).readAll()
        let entryCount = bytes.readableBytes / OffsetIndexEntry.size
        if entryCount == 0 {
            self.emit("\(path) is empty.") {
                var line = JSONLine("indexEmpty")
                line.add("file", path)
                return line
            }
            return
        }
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
        for entry in OffsetIndexEntry.entries(in: bytes) {
            let offset = entry.offset(baseOffset: baseOffset)
            if let log {
                // Kafka reads the batch at the entry's position within max-message-size bytes.
                let position = Int(entry.position)
                var reader = SegmentBatchReader(
                    file: log, start: max(0, position), end: position + self.options.maxMessageSize)
                // A position past the log or a batch larger than the window: no batch there, which
                // Kafka does not survive (NoSuchElementException); we report it as log offset -1.
                let logOffset = try reader.next()?.batch.lastOffset ?? -1
                if logOffset != offset {
                    self.report.recordIndexMismatch(file: absolutePath, indexOffset: offset, logOffset: logOffset)
                }
            }
            if !self.options.verifyIndexOnly {
                self.emit("offset: \(offset) position: \(entry.position)") {
                    var line = JSONLine("indexEntry")
                    line.add("offset", offset)
                    line.add("position", entry.position)
                    return line
                }
            }
        }
    }

    private func emit(_ text: String, json: () -> JSONLine) {
        self.stdout.line(self.options.json ? json().text : text)
    }

    /// The broker's startup check (Kafka OffsetIndex.java `sanityCheck`): the last entry's offset
    /// is not below the base offset, and the size is a whole number of entries.
    ///
    /// - Throws: `ToolError` with Kafka's CorruptIndexException message.
    static func sanityCheck(bytes: ByteBuffer, baseOffset: Int64, absolutePath: String) throws {
        let count = bytes.readableBytes / OffsetIndexEntry.size
        if count > 0,
            let relative = bytes.getInteger(
                at: bytes.readerIndex + (count - 1) * OffsetIndexEntry.size, as: Int32.self)
        {
            let lastOffset = baseOffset + Int64(relative)
            if lastOffset < baseOffset {
                throw ToolError(
                    "Corrupt index found, index file (\(absolutePath)) has non-zero size but the last offset is "
                        + "\(lastOffset) which is less than the base offset \(baseOffset).")
            }
        }
        if bytes.readableBytes % OffsetIndexEntry.size != 0 {
            throw ToolError(
                "Index file \(absolutePath) is corrupt, found \(bytes.readableBytes) bytes which is neither positive "
                    + "nor a multiple of \(OffsetIndexEntry.size).")
        }
    }
}
