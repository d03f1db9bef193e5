import Foundation

/// Wall-clock milliseconds since the epoch, injected so that tests can move time (Kafka `Time`).
public struct StorageClock: Sendable {
    public let milliseconds: @Sendable () -> Int64

    public init(_ milliseconds: @escaping @Sendable () -> Int64) {
        self.milliseconds = milliseconds
    }

    /// The system clock.
    public static let system = StorageClock { Int64(Date().timeIntervalSince1970 * 1000) }
}
