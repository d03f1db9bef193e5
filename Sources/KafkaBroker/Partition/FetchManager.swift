import KafkaStorage

/// Owns the broker's fetch sessions (Kafka FetchManager.java): the one actor through which every
/// Fetch request opens, continues or closes its session, with an injected wall clock for idleness.
public actor FetchManager {
    private var cache: FetchSessionCache
    private let clock: StorageClock

    /// - Parameter maxSessions: `max.incremental.fetch.session.cache.slots`.
    public init(maxSessions: Int, clock: StorageClock = .system) {
        self.cache = FetchSessionCache(maxEntries: maxSessions)
        self.clock = clock
    }

    /// Sessions currently cached.
    public var sessionCount: Int { self.cache.sessions.count }

    /// See `FetchSessionCache.newContext`.
    func newContext(
        sessionId: Int32, epoch: Int32, privileged: Bool, usesTopicIds: Bool, partitions: [FetchPartitionParameters],
        forgotten: [FetchPartitionKey]
    ) -> FetchSessionCache.Context {
        self.cache.newContext(
            sessionId: sessionId, epoch: epoch, privileged: privileged, usesTopicIds: usesTopicIds,
            partitions: partitions, forgotten: forgotten, nowMs: self.clock.milliseconds())
    }

    /// See `FetchSessionCache.completeResponse`.
    func completeResponse(
        _ context: FetchSessionCache.Context, summaries: [FetchPartitionKey: FetchPartitionSummary]
    ) -> FetchSessionCache.Outcome {
        self.cache.completeResponse(context, summaries: summaries, nowMs: self.clock.milliseconds())
    }
}
