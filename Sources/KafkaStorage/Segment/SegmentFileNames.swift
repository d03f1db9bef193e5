// TODO(issue 3): use Formats/ (LogFileName) once merged; this is the minimum the log needs meanwhile.

/// Names of segment files: the base offset as 20 zero-padded digits plus a suffix (Kafka
/// LogFileUtils.java `filenamePrefixFromOffset`).
enum SegmentFileNames {
    static let log = ".log"
    static let index = ".index"
    static let timeIndex = ".timeindex"
    static let transactionIndex = ".txnindex"
    static let snapshot = ".snapshot"
    static let deleted = ".deleted"
    static let cleaned = ".cleaned"
    static let swap = ".swap"

    /// `00000000000000000042` for 42.
    static func prefix(_ offset: Int64) -> String {
        let digits = String(offset)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }

    static func path(_ directory: String, _ offset: Int64, _ suffix: String) -> String {
        directory + "/" + Self.prefix(offset) + suffix
    }

    /// The offset a file name starts with and the suffix after it, e.g. (42, ".log.deleted");
    /// nil when the name is not 20 digits then a dot.
    static func parse(_ name: String) -> (offset: Int64, suffix: String)? {
        let utf8 = Array(name.utf8)
        guard utf8.count > 20, utf8[20] == UInt8(ascii: "."),
            utf8[0..<20].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let offset = Int64(String(decoding: utf8[0..<20], as: UTF8.self))
        else { return nil }
        return (offset, String(decoding: utf8[20...], as: UTF8.self))
    }
}
