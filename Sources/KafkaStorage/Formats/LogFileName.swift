/// The name of a file in a partition directory: a 20-digit zero-padded base offset, a suffix, and
/// optionally a marker suffix that says the file is on its way out or in.
///
/// Kafka names segment files after the first offset they may hold (LogFileUtils.java
/// `filenamePrefixFromOffset`: `%020d`), so `00000000000000000123.log` holds offsets from 123 and
/// its `.index`, `.timeindex`, `.txnindex` and producer `.snapshot` share the prefix. A `.deleted`
/// suffix marks files scheduled for asynchronous deletion, `.cleaned` and `.swap` files belong to an
/// unfinished log cleaning or segment replacement (LogFileUtils.java `DELETED_FILE_SUFFIX`,
/// `CLEANED_FILE_SUFFIX`, `SWAP_FILE_SUFFIX`). KRaft snapshot names (`.checkpoint`) have their own
/// type, `KRaftSnapshotFileName`.
public struct LogFileName: Hashable, Sendable, CustomStringConvertible {
    /// What the file holds, by its main suffix.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Record batches (LogFileUtils.java `LOG_FILE_SUFFIX`).
        case log = ".log"
        /// Offset index (`INDEX_FILE_SUFFIX`).
        case index = ".index"
        /// Time index (`TIME_INDEX_FILE_SUFFIX`).
        case timeIndex = ".timeindex"
        /// Aborted transaction index (`TXN_INDEX_FILE_SUFFIX`).
        case transactionIndex = ".txnindex"
        /// Producer state snapshot (`PRODUCER_SNAPSHOT_FILE_SUFFIX`).
        case producerSnapshot = ".snapshot"
    }

    /// A suffix appended after the main one while a file is being deleted, cleaned or swapped in.
    public enum Marker: String, CaseIterable, Hashable, Sendable {
        /// Scheduled for asynchronous deletion.
        case deleted = ".deleted"
        /// Output of the log cleaner, not yet swapped in.
        case cleaned = ".cleaned"
        /// About to replace the segment with the same base offset.
        case swap = ".swap"
    }

    /// The number of digits of the offset prefix.
    public static let offsetDigits = 20

    /// The first offset the segment may hold (the file name's prefix).
    public var baseOffset: Int64
    /// The main suffix.
    public var kind: Kind
    /// The marker suffix, if any.
    public var marker: Marker?

    /// A name for the file of `kind` starting at `baseOffset`.
    ///
    /// - Parameter baseOffset: must not be negative (a negative offset has no file name in Kafka).
    public init(baseOffset: Int64, kind: Kind, marker: Marker? = nil) {
        precondition(baseOffset >= 0, "a file name offset is never negative")
        self.baseOffset = baseOffset
        self.kind = kind
        self.marker = marker
    }

    /// Parses a bare file name (no directory), strictly: exactly 20 digits, a known suffix and at
    /// most one known marker. Returns nil for anything else, so directory scans can skip strangers.
    public init?(parsing fileName: String) {
        let utf8 = Array(fileName.utf8)
        guard utf8.count > Self.offsetDigits,
            let baseOffset = Self.parseOffset(utf8[0..<Self.offsetDigits])
        else {
            return nil
        }
        let rest = String(decoding: utf8[Self.offsetDigits...], as: UTF8.self)
        var main = rest
        var marker: Marker?
        for candidate in Marker.allCases where rest.hasSuffix(candidate.rawValue) {
            marker = candidate
            main = String(rest.dropLast(candidate.rawValue.count))
        }
        guard let kind = Kind(rawValue: main) else {
            return nil
        }
        self.init(baseOffset: baseOffset, kind: kind, marker: marker)
    }

    /// The file name, e.g. `00000000000000000123.log` or `00000000000000000123.index.swap`.
    public var fileName: String {
        Self.formatOffset(self.baseOffset) + self.kind.rawValue + (self.marker?.rawValue ?? "")
    }

    public var description: String { self.fileName }

    /// The 20-digit zero-padded form of `offset` (LogFileUtils.java `filenamePrefixFromOffset`).
    ///
    /// - Parameter offset: must not be negative.
    public static func formatOffset(_ offset: Int64) -> String {
        precondition(offset >= 0, "a file name offset is never negative")
        let digits = String(offset)
        return String(repeating: "0", count: max(0, Self.offsetDigits - digits.count)) + digits
    }

    /// The offset in front of the first `.` of a file name, as Kafka reads it leniently
    /// (LogFileUtils.java `offsetFromFileName`: any decimal number, padded or not), or nil when that
    /// part is not a non-negative decimal number.
    ///
    /// - Parameter fileName: a bare file name such as `00000000000000000123.log`.
    public static func baseOffset(fromFileName fileName: String) -> Int64? {
        let prefix = fileName.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard !prefix.isEmpty, prefix.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return Int64(prefix)
    }

    /// Parses exactly the given ASCII digits as a non-negative Int64, nil on a non-digit or overflow.
    static func parseOffset(_ digits: ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return nil
            }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else {
                return nil
            }
            value = sum
        }
        return value
    }
}
