import KafkaStorage
import NIOConcurrencyHelpers

/// The fetches waiting for data, watched per partition (Kafka DelayedOperationPurgatory.java for
/// DelayedFetch): an append to a partition checks the fetches watching it, and nothing polls.
///
/// Each waiting fetch also sleeps on the injected clock for its `max_wait_ms`; the first of
/// "satisfied", "expired", "cancelled" or "shut down" completes it. Thread-safe.
final class DelayedFetchPurgatory: Sendable {
    private let watchers = NIOLockedValueBox<[TopicPartition: [ObjectIdentifier: DelayedFetch]]>([:])
    private let isShutDown = NIOLockedValueBox(false)
    private let clock: any Clock<Duration>

    init(clock: any Clock<Duration>) {
        self.clock = clock
    }

    /// Fetches currently waiting, for tests and metrics (Kafka `numDelayed`).
    var delayedCount: Int {
        self.watchers.withLockedValue { watchers in
            Set(watchers.values.flatMap(\.keys)).count
        }
    }

    /// Waits until `isSatisfied` holds after an append to one of `partitions`, or `timeout` passes,
    /// or the calling task is cancelled (Kafka `tryCompleteElseWatch`). The caller then reads the
    /// partitions again and answers with whatever is there.
    func wait(
        watching partitions: [TopicPartition], timeout: Duration, isSatisfied: @escaping @Sendable () -> Bool
    ) async {
        let operation = DelayedFetch(isSatisfied: isSatisfied)
        let key = ObjectIdentifier(operation)
        let watched = Set(partitions)
        let accepted = self.watchers.withLockedValue { watchers -> Bool in
            guard !self.isShutDown.withLockedValue({ $0 }) else { return false }
            for partition in watched { watchers[partition, default: [:]][key] = operation }
            return true
        }
        defer { self.unwatch(key, partitions: watched) }
        guard accepted else { return }
        // An append between the caller's first read and the registration above found no watcher:
        // look once more now that appends will see this fetch (Kafka does the same second check).
        if operation.tryComplete() { return }

        let clock = self.clock
        let timer = Task {
            do {
                try await clock.sleep(for: timeout)
            } catch {
                return
            }
            operation.forceComplete()
        }
        await withTaskCancellationHandler {
            await operation.waitForCompletion()
        } onCancel: {
            operation.forceComplete()
        }
        timer.cancel()
    }

    /// Checks the fetches watching `partition` after it changed: an append, a high watermark or
    /// log start move, a leadership change or a deletion (Kafka `checkAndComplete`).
    func checkAndComplete(_ partition: TopicPartition) {
        let operations = self.watchers.withLockedValue { Array(($0[partition] ?? [:]).values) }
        for operation in operations {
            operation.tryComplete()
        }
    }

    /// Completes every waiting fetch and refuses new ones.
    func shutdown() {
        let operations = self.watchers.withLockedValue { watchers -> [DelayedFetch] in
            self.isShutDown.withLockedValue { $0 = true }
            return watchers.values.flatMap(\.values)
        }
        for operation in operations {
            operation.forceComplete()
        }
    }

    private func unwatch(_ key: ObjectIdentifier, partitions: Set<TopicPartition>) {
        self.watchers.withLockedValue { watchers in
            for partition in partitions {
                watchers[partition]?[key] = nil
                if watchers[partition]?.isEmpty == true { watchers[partition] = nil }
            }
        }
    }
}
