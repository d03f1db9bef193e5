import NIOConcurrencyHelpers

/// One fetch waiting for data (Kafka DelayedFetch.java / DelayedOperation.java): it completes
/// once, either when `isSatisfied` says enough bytes are there (checked after each append to one
/// of its partitions), or when its time is up, or when the request is cancelled.
final class DelayedFetch: Sendable {
    /// Reads the partitions' offsets (not their bytes) and says whether the fetch can answer now.
    /// Called on the appending thread, outside every lock of the purgatory.
    let isSatisfied: @Sendable () -> Bool
    private let state = NIOLockedValueBox<State>(State())

    private struct State {
        var completed = false
        var continuation: CheckedContinuation<Void, Never>?
    }

    init(isSatisfied: @escaping @Sendable () -> Bool) {
        self.isSatisfied = isSatisfied
    }

    var isCompleted: Bool { self.state.withLockedValue { $0.completed } }

    /// Completes the fetch if `isSatisfied` holds (Kafka `tryComplete`).
    /// - Returns: whether this call completed it.
    @discardableResult
    func tryComplete() -> Bool {
        guard !self.isCompleted, self.isSatisfied() else { return false }
        return self.forceComplete()
    }

    /// Completes the fetch whatever its partitions hold (Kafka `forceComplete`): on expiry,
    /// cancellation, or shutdown.
    /// - Returns: whether this call completed it; false when it was already complete.
    @discardableResult
    func forceComplete() -> Bool {
        let (completedNow, continuation) = self.state.withLockedValue { state -> (Bool, CheckedContinuation<Void, Never>?) in
            guard !state.completed else { return (false, nil) }
            state.completed = true
            defer { state.continuation = nil }
            return (true, state.continuation)
        }
        continuation?.resume()
        return completedNow
    }

    /// Suspends until the fetch completes; returns at once when it already has.
    func waitForCompletion() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = self.state.withLockedValue { state -> Bool in
                if state.completed { return true }
                state.continuation = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }
}
