import KafkaTools
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Log lines of the console tools on stderr, in the layout of Kafka's tools-log4j configuration:
/// `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger.name)`, local time.
///
/// Thread-safe: producer callbacks log from the producer's actor while the main thread writes too;
/// each entry is written and flushed under one lock so lines never interleave.
public final class ToolLogger: Sendable {
    /// The log4j levels the tools use; the root level is WARN, so INFO lines are dropped.
    public enum Level: String, Sendable {
        case info = "INFO"
        case warn = "WARN"
        case error = "ERROR"
    }

    private let output: Mutex<UnsafeOutput>

    /// Wraps the tool's stderr; everything written to it should go through this logger from then on.
    public init(_ stderr: any ToolOutput) {
        self.output = Mutex(UnsafeOutput(output: stderr))
    }

    /// Writes one entry; `detail` lines (the exception, as Java's stack trace would start) follow it.
    public func log(_ level: Level, _ message: String, logger: String, detail: [String] = []) {
        guard level != .info else { return }
        var text = "[\(Self.timestamp())] \(level.rawValue) \(message) (\(logger))\n"
        for line in detail { text += line + "\n" }
        self.write(text)
    }

    /// Writes plain text (a tool's own stderr messages), serialized with the log entries.
    public func write(_ text: String) {
        self.output.withLock { box in
            box.output.write(text)
            box.output.flush()
        }
    }

    /// `yyyy-MM-dd HH:mm:ss,SSS` in local time.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let millis = Int32(now.tv_nsec / 1_000_000)
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2)) "
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)),\(pad(millis, 3))"
    }
}

/// The non-Sendable stream, only touched under the logger's lock.
private struct UnsafeOutput: @unchecked Sendable {
    let output: any ToolOutput
}
