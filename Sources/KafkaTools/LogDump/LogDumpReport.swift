/// Findings klog-dump collects across files and prints on stderr after the last file, in Kafka's
/// order (DumpLogSegments.scala `main`): offset index mismatches, time index problems
/// (TimeIndexDumpErrors), non-consecutive offsets.
///
/// Kafka prepends index mismatches and offset gaps to immutable lists, so those print newest
/// first; time index findings are appended, so they print in order. Files print in the order they
/// were first reported (Kafka's HashMap order is unspecified).
final class LogDumpReport {
    /// Absolute index path → (index offset, log offset), in discovery order.
    private(set) var indexMismatches: [(file: String, pairs: [(Int64, Int64)])] = []
    /// Absolute time index path → (index timestamp, log timestamp).
    private(set) var timestampMismatches: [(file: String, pairs: [(Int64, Int64)])] = []
    /// Absolute time index path → (index timestamp, previous index timestamp).
    private(set) var outOfOrderTimestamps: [(file: String, pairs: [(Int64, Int64)])] = []
    /// Absolute time index path → (indexed offset, found log offset).
    private(set) var offsetsNotFound: [(file: String, pairs: [(Int64, Int64)])] = []
    /// Absolute log path → (offset, next offset).
    private(set) var nonConsecutiveOffsets: [(file: String, pairs: [(Int64, Int64)])] = []

    private static func append(
        _ pair: (Int64, Int64), for file: String, to list: inout [(file: String, pairs: [(Int64, Int64)])]
    ) {
        if let index = list.firstIndex(where: { $0.file == file }) {
            list[index].pairs.append(pair)
        } else {
            list.append((file, [pair]))
        }
    }

    func recordIndexMismatch(file: String, indexOffset: Int64, logOffset: Int64) {
        Self.append((indexOffset, logOffset), for: file, to: &self.indexMismatches)
    }

    func recordTimestampMismatch(file: String, indexTimestamp: Int64, logTimestamp: Int64) {
        Self.append((indexTimestamp, logTimestamp), for: file, to: &self.timestampMismatches)
    }

    func recordOutOfOrderTimestamp(file: String, indexTimestamp: Int64, previousTimestamp: Int64) {
        Self.append((indexTimestamp, previousTimestamp), for: file, to: &self.outOfOrderTimestamps)
    }

    func recordOffsetNotFound(file: String, indexOffset: Int64, logOffset: Int64) {
        Self.append((indexOffset, logOffset), for: file, to: &self.offsetsNotFound)
    }

    func recordNonConsecutiveOffsets(file: String, offset: Int64, next: Int64) {
        Self.append((offset, next), for: file, to: &self.nonConsecutiveOffsets)
    }

    /// The stderr text, empty when there is nothing to report.
    var text: String {
        var output = ""
        for (file, pairs) in self.indexMismatches {
            output += "Mismatches in :\(file)\n"
            for (indexOffset, logOffset) in pairs.reversed() {
                output += "  Index offset: \(indexOffset), log offset: \(logOffset)\n"
            }
        }
        for (file, pairs) in self.timestampMismatches {
            output += "Found timestamp mismatch in :\(file)\n"
            for (indexTimestamp, logTimestamp) in pairs {
                output += "  Index timestamp: \(indexTimestamp), log timestamp: \(logTimestamp)\n"
            }
        }
        for (file, pairs) in self.outOfOrderTimestamps {
            output += "Found out of order timestamp in :\(file)\n"
            for (indexTimestamp, previous) in pairs {
                output += "  Index timestamp: \(indexTimestamp), Previously indexed timestamp: \(previous)\n"
            }
        }
        for (_, pairs) in self.offsetsNotFound {
            output += "The following indexed offsets are not found in the log.\n"
            for (indexOffset, logOffset) in pairs {
                output += "Indexed offset: \(indexOffset), found log offset: \(logOffset)\n"
            }
        }
        for (file, pairs) in self.nonConsecutiveOffsets {
            output += "Non-consecutive offsets in \(file)\n"
            for (offset, next) in pairs.reversed() {
                output += "  \(offset) is followed by \(next)\n"
            }
        }
        return output
    }
}
