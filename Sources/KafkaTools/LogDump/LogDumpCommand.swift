import KafkaStorage

/// klog-dump: prints the contents of partition files offline (Kafka kafka-dump-log.sh,
/// DumpLogSegments.scala; ../shared/tools-spec/klog-dump.md).
///
/// For every file: `Dumping <path>`, then by suffix a log/snapshot dump, an index or time index
/// dump, a producer snapshot or a transaction index; unknown suffixes are skipped with a note on
/// stderr. Index mismatches and offset gaps are reported on stderr after the last file. A file that
/// cannot be read or decoded stops the run with one stderr line naming the file and position
/// (exit 1); Kafka prints a stack trace there.
public enum LogDumpCommand: Tool {
    public static let name = "klog-dump"
    public static let summary =
        "This tool helps to parse a log file and dump its contents to the console, useful for debugging a "
        + "seemingly corrupt log segment."
    public static let options = LogDumpOptions.all

    public static func execute(_ parsed: ParsedOptions, stdout: any ToolOutput, stderr: any ToolOutput) throws {
        let options = try LogDumpOptions(parsed)
        let report = LogDumpReport()
        for path in options.files {
            if options.json {
                var line = JSONLine("file")
                line.add("path", path)
                stdout.line(line.text)
            } else {
                stdout.line("Dumping \(path)")
            }
            let name = DumpFile.fileName(path)
            // Kafka dispatches on the text from the last '.' (a name without one makes it fail).
            let suffix = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
            switch suffix {
            case LogFileName.Kind.log.rawValue, KRaftSnapshotFileName.State.complete.rawValue:
                try LogSegmentDumper(options: options, stdout: stdout, report: report).dump(path: path)
            case LogFileName.Kind.index.rawValue:
                try IndexDumper(options: options, stdout: stdout, stderr: stderr, report: report).dump(path: path)
            case LogFileName.Kind.timeIndex.rawValue:
                try TimeIndexDumper(options: options, stdout: stdout, stderr: stderr, report: report).dump(path: path)
            case LogFileName.Kind.producerSnapshot.rawValue:
                try ProducerStateDumper(options: options, stdout: stdout, stderr: stderr).dumpSnapshot(path: path)
            case LogFileName.Kind.transactionIndex.rawValue:
                try ProducerStateDumper(options: options, stdout: stdout, stderr: stderr)
                    .dumpTransactionIndex(path: path)
            default:
                stdout.flush()
                stderr.line("Ignoring unknown file \(path)")
            }
        }
        stdout.flush()
        let findings = report.text
        if !findings.isEmpty {
            stderr.write(findings)
        }
    }

    /// The base offset in front of the file name's first `.` (Kafka: `getName.split("\\.")(0).toLong`).
    ///
    /// - Throws: `ToolError` when that is not a number.
    static func baseOffset(of path: String) throws -> Int64 {
        let name = DumpFile.fileName(path)
        guard let offset = LogFileName.baseOffset(fromFileName: name) else {
            throw ToolError("Cannot read a base offset from the file name \(name) (\(path))")
        }
        return offset
    }

    /// The file with the same base name and another suffix, in the same directory (absolute).
    static func siblingPath(of path: String, suffix: String) -> String {
        let name = DumpFile.fileName(path)
        let base = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let directory = DumpFile.absoluteDirectory(path)
        return (directory == "/" ? "" : directory) + "/" + base + suffix
    }

    /// Opens the segment an index is checked against; when it is missing, says so on stderr and
    /// returns nil so the entries still print (Kafka fails with NoSuchFileException).
    static func openSibling(
        _ siblingPath: String, for path: String, stdout: any ToolOutput, stderr: any ToolOutput
    ) throws -> DumpFile? {
        guard DumpFile.exists(siblingPath) else {
            stdout.flush()
            stderr.line("Cannot check \(path): \(siblingPath) does not exist")
            return nil
        }
        return try DumpFile(path: siblingPath)
    }
}
