import Foundation
import NIOConcurrencyHelpers

/// The broker's log lines, in Kafka's layout on stdout:
/// `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)`.
public struct BrokerLogger: Sendable {
    public enum Level: Int, Sendable, Comparable {
        case trace, debug, info, warn, error

        var name: String {
            switch self {
            case .trace: return "TRACE"
            case .debug: return "DEBUG"
            case .info: return "INFO"
            case .warn: return "WARN"
            case .error: return "ERROR"
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var minimumLevel: Level
    public var loggerName: String
    private let sink: @Sendable (String) -> Void

    /// Writes to standard output, one line at a time.
    public init(minimumLevel: Level = .info, loggerName: String = "kafka.server.KafkaRaftServer") {
        self.init(minimumLevel: minimumLevel, loggerName: loggerName) { line in
            StandardOutputLock.shared.withLock {
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
    }

    public init(minimumLevel: Level, loggerName: String, sink: @escaping @Sendable (String) -> Void) {
        self.minimumLevel = minimumLevel
        self.loggerName = loggerName
        self.sink = sink
    }

    /// The same sink under another logger name.
    public func named(_ loggerName: String) -> BrokerLogger {
        BrokerLogger(minimumLevel: self.minimumLevel, loggerName: loggerName, sink: self.sink)
    }

    public func log(_ level: Level, _ message: @autoclosure () -> String) {
        guard level >= self.minimumLevel else { return }
        self.sink("[\(Self.timestamp())] \(level.name) \(message()) (\(self.loggerName))")
    }

    public func info(_ message: @autoclosure () -> String) { self.log(.info, message()) }
    public func warn(_ message: @autoclosure () -> String) { self.log(.warn, message()) }
    public func error(_ message: @autoclosure () -> String) { self.log(.error, message()) }

    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let millis = Int(date.timeIntervalSince1970 * 1000) % 1000
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2)) "
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)),\(pad(Int32(millis), 3))"
    }
}

/// Keeps whole lines together when several threads log at once.
final class StandardOutputLock: Sendable {
    static let shared = StandardOutputLock()
    private let lock = NIOLock()

    func withLock(_ body: () -> Void) {
        self.lock.withLock(body)
    }
}
