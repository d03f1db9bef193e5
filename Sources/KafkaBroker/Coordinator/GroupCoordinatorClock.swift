import Foundation

/// The time the group coordinator runs on: wall-clock milliseconds (commit timestamps and
/// deadlines are stored as such) and a sleep for its timers. Tests inject their own.
public struct GroupCoordinatorClock: Sendable {
    public var nowMs: @Sendable () -> Int64
    public var sleep: @Sendable (Duration) async throws -> Void

    public init(nowMs: @escaping @Sendable () -> Int64, sleep: @escaping @Sendable (Duration) async throws -> Void) {
        self.nowMs = nowMs
        self.sleep = sleep
    }

    public static let system = GroupCoordinatorClock(
        nowMs: { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) },
        sleep: { try await Task.sleep(for: $0) })
}
