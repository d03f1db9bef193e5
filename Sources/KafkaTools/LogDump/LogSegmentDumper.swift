import KafkaProtocol
import KafkaStorage
import NIOCore

/// Dumps a `.log` segment or a `.checkpoint` KRaft snapshot (DumpLogSegments.scala `dumpLog`):
/// a header line, a line per batch, with deep iteration a line per record, then the count of
/// trailing bytes that do not form a batch.
struct LogSegmentDumper {
    let options: LogDumpOptions
    let stdout: any ToolOutput
    let report: LogDumpReport

    /// Dumps the file at `path` (as given on the command line).
    ///
    /// - Throws: `ToolError` naming file and position when the file cannot be read or a batch or
    ///   record cannot be decoded.
    func dump(path: String) throws {
        let name = DumpFile.fileName(path)
        if name.hasSuffix(LogFileName.Kind.log.rawValue) {
            let baseOffset = try LogDumpCommand.baseOffset(of: path)
            self.emit("Log starting offset: \(baseOffset)") {
                var line = JSONLine("segment")
                line.add("baseOffset", baseOffset)
                return line
            }
        } else if name == "bootstrap.checkpoint" {
            // BootstrapDirectory.java BINARY_BOOTSTRAP_FILENAME.
            self.emit("KRaft bootstrap snapshot") { JSONLine("bootstrapSnapshot") }
        } else {
            guard let snapshot = KRaftSnapshotFileName(parsing: name), snapshot.state == .complete else {
                throw ToolError("Cannot read a snapshot id from the file name \(name)")
            }
            self.emit("Snapshot end offset: \(snapshot.endOffset), epoch: \(snapshot.epoch)") {
                var line = JSONLine("snapshot")
                line.add("endOffset", snapshot.endOffset)
                line.add("epoch", snapshot.epoch)
                return line
            }
        }
        for notice in self.options.decoderNotices {
            self.stdout.line(notice)
        }

        let file = try DumpFile(path: path)
        var reader = SegmentBatchReader(file: file, end: self.options.maxBytes)
        var lastOffset: Int64 = -1
        let absolutePath = DumpFile.absolutePath(path)
        while let (batch, position) = try reader.next() {
            let line = BatchLine(batch: batch, position: position)
            self.stdout.line(self.options.json ? line.json : line.text)
            guard self.options.deepIteration else { continue }
            do {
                try self.forEachRecordLine(of: batch) { record in
                    if lastOffset != -1 && record.offset != lastOffset + 1 {
                        self.report.recordNonConsecutiveOffsets(
                            file: absolutePath, offset: lastOffset, next: record.offset)
                    }
                    lastOffset = record.offset
                    let skip = self.options.skipRecordMetadata
                    self.stdout.line(
                        self.options.json ? record.json(skipMetadata: skip) : record.text(skipMetadata: skip))
                }
            } catch let error as ToolError {
                throw ToolError("\(error.message) (record batch at position \(position) of \(path))", exitCode: 1)
            } catch {
                throw ToolError("Corrupt record batch in \(path) at position \(position): \(error)")
            }
        }
        let trailing = reader.end - reader.position
        if trailing > 0 && self.options.reportsTrailingBytes {
            self.emit("Found \(trailing) invalid bytes at the end of \(name)") {
                var line = JSONLine("invalidBytes")
                line.add("count", trailing)
                line.add("position", reader.position)
                line.add("file", name)
                return line
            }
        }
    }

    /// Prints Kafka's text, or the JSON line in `--json` mode.
    private func emit(_ text: String, json: () -> JSONLine) {
        self.stdout.line(self.options.json ? json().text : text)
    }

    /// Calls `body` with the line of every record of `batch`, in order.
    ///
    /// - Throws: `ProtocolDecodingError`/`CompressionError` for undecodable records, `ToolError`
    ///   from decoders.
    private func forEachRecordLine(of batch: AnyRecordBatch, _ body: (RecordLine) throws -> Void) throws {
        let printData = self.options.printDataLog
        switch batch {
        case .magic2(let batch):
            var records = try batch.records()
            while let record = try records.next() {
                var line = RecordLine(
                    offset: record.offset, timestampType: batch.timestampType, timestamp: record.timestamp,
                    keySize: record.key?.readableBytes ?? -1, valueSize: record.value?.readableBytes ?? -1,
                    sequence: Self.sequence(base: batch.baseSequence, delta: record.offsetDelta),
                    headerKeys: record.headers.map(\.key))
                if batch.isControlBatch {
                    // Kafka prints control details with the metadata only.
                    if !self.options.skipRecordMetadata {
                        line.control = try RecordLine.controlDetail(record)
                    }
                } else if printData {
                    (line.key, line.payload) = try self.options.decoder.decode(
                        offset: record.offset, key: record.key, value: record.value)
                }
                try body(line)
            }
        case .legacy(let entry):
            let entryIsValid = entry.crc == entry.computeChecksum()
            var records = try entry.records()
            while let record = try records.next() {
                // Inner messages were checked by the iterator; an uncompressed entry is its own record.
                let isValid = entry.isCompressed ? true : entryIsValid
                var line = RecordLine(
                    offset: record.offset, timestampType: entry.timestampType, timestamp: record.timestamp,
                    keySize: record.key?.readableBytes ?? -1, valueSize: record.value?.readableBytes ?? -1,
                    legacyValidity: (isValid, record.crc))
                if printData {
                    (line.key, line.payload) = try self.options.decoder.decode(
                        offset: record.offset, key: record.key, value: record.value)
                }
                try body(line)
            }
        }
    }

    /// A record's sequence: base sequence plus offset delta, wrapping past Int32.max to 0, or -1
    /// without one (Kafka DefaultRecord `sequence`, DefaultRecordBatch `incrementSequence`).
    static func sequence(base: Int32, delta: Int32) -> Int32 {
        guard base >= 0 else { return -1 }
        // In 64 bits, so that a corrupt delta cannot overflow and trap.
        let (base, delta, maximum) = (Int64(base), Int64(delta), Int64(Int32.max))
        if base > maximum - delta {
            return Int32(truncatingIfNeeded: delta - (maximum - base) - 1)
        }
        return Int32(truncatingIfNeeded: base + delta)
    }
}
