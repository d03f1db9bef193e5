import KafkaProtocol

/// Incremental fetch sessions (KIP-227; Kafka FetchSession.scala `FetchSessionCache`,
/// `FetchManager.newContext`): a state machine with no clock or locks of its own; the owning
/// `FetchManager` actor passes the time in.
///
/// A request with epoch 0 is a full fetch that opens a session (dropping the one it names, if
/// any); epoch -1 is a sessionless fetch that also closes the named session; a positive epoch is
/// an incremental fetch that must name a live session at exactly its expected epoch. The session
/// remembers each partition's fetch parameters and the offsets last answered, so an incremental
/// response lists only partitions with records, an error or moved offsets.
///
/// The cache holds at most `maxEntries` sessions. When full, a new session evicts the stalest one
/// if it has been idle longer than `evictionMs`, else the smallest unprivileged one if the new
/// session is bigger (followers are privileged over consumers); otherwise the fetch is served
/// without a session (session id 0), as Kafka does.
struct FetchSessionCache {
    /// Kafka FetchMetadata: epoch 0 opens a session, -1 closes it or fetches without one.
    static let initialEpoch: Int32 = 0
    static let finalEpoch: Int32 = -1
    /// Session id 0 means "no session".
    static let invalidSessionId: Int32 = 0

    /// A partition of a session: the client's latest parameters and the last answered offsets.
    struct CachedPartition: Equatable {
        var parameters: FetchPartitionParameters
        var highWatermark: Int64 = -1
        var lastStableOffset: Int64 = -1
        var logStartOffset: Int64 = -1
    }

    struct Session: Equatable {
        let id: Int32
        /// From a follower: may evict consumer sessions.
        let privileged: Bool
        /// Opened at Fetch v13+ (topic ids); later requests must agree.
        let usesTopicIds: Bool
        /// Partitions in the order they joined.
        var order: [FetchPartitionKey]
        var partitions: [FetchPartitionKey: CachedPartition]
        /// The epoch the next incremental request must carry.
        var epoch: Int32
        let creationMs: Int64
        var lastUsedMs: Int64

        var size: Int { self.order.count }
    }

    /// What one request turned into (Kafka FetchContext subclasses).
    enum Context: Equatable, Sendable {
        /// The session part of the request failed: answer with this top-level error only.
        case error(ErrorCode)
        /// Answer every partition, with no session (epoch -1, or a session that became empty).
        case sessionless([FetchPartitionParameters])
        /// Answer every partition and open a session with them if the cache admits one.
        case full([FetchPartitionParameters], privileged: Bool, usesTopicIds: Bool)
        /// Read every partition of the session; answer those that changed.
        case incremental(sessionId: Int32, expectedEpoch: Int32, [FetchPartitionParameters])

        /// The partitions to read.
        var partitions: [FetchPartitionParameters] {
            switch self {
            case .error: return []
            case .sessionless(let partitions), .full(let partitions, _, _), .incremental(_, _, let partitions):
                return partitions
            }
        }
    }

    /// How to answer once the partitions were read.
    enum Outcome: Equatable, Sendable {
        /// Answer with `sessionId` and these partitions, in this order.
        case respond(sessionId: Int32, partitions: [FetchPartitionKey])
        /// The session went away or moved on while the fetch waited.
        case error(ErrorCode)
    }

    private(set) var sessions: [Int32: Session] = [:]
    let maxEntries: Int
    let evictionMs: Int64

    /// - Parameters:
    ///   - maxEntries: `max.incremental.fetch.session.cache.slots` (Kafka's default 1000).
    ///   - evictionMs: idle time after which any session may be evicted (Kafka's 120 000).
    init(maxEntries: Int, evictionMs: Int64 = 120_000) {
        self.maxEntries = maxEntries
        self.evictionMs = evictionMs
    }

    /// Kafka FetchMetadata.nextEpoch: epochs run 1...Int32.max and wrap to 1.
    static func nextEpoch(_ epoch: Int32) -> Int32 {
        epoch == Int32.max ? 1 : epoch + 1
    }

    /// Turns a request's session fields into a context (Kafka FetchManager.newContext).
    /// - Parameters:
    ///   - partitions: the request's partitions, in request order.
    ///   - forgotten: partitions an incremental request drops from its session.
    mutating func newContext(
        sessionId: Int32, epoch: Int32, privileged: Bool, usesTopicIds: Bool, partitions: [FetchPartitionParameters],
        forgotten: [FetchPartitionKey], nowMs: Int64
    ) -> Context {
        if epoch == Self.finalEpoch || epoch == Self.initialEpoch {
            // A full request replaces the session it names (the client lost track of it).
            if sessionId != Self.invalidSessionId { self.sessions[sessionId] = nil }
            if epoch == Self.finalEpoch { return .sessionless(partitions) }
            return .full(partitions, privileged: privileged, usesTopicIds: usesTopicIds)
        }
        guard var session = self.sessions[sessionId] else { return .error(.fetchSessionIdNotFound) }
        guard session.epoch == epoch else { return .error(.invalidFetchSessionEpoch) }
        guard session.usesTopicIds == usesTopicIds else { return .error(.fetchSessionTopicIdError) }
        for parameters in partitions {
            if session.partitions[parameters.key] != nil {
                session.partitions[parameters.key]?.parameters = parameters
            } else {
                session.order.append(parameters.key)
                session.partitions[parameters.key] = CachedPartition(parameters: parameters)
            }
        }
        let dropped = Set(forgotten)
        if !dropped.isEmpty {
            session.order.removeAll { dropped.contains($0) }
            for key in dropped { session.partitions[key] = nil }
        }
        if session.order.isEmpty {
            // Kafka closes a session left with no partitions and answers without one.
            self.sessions[sessionId] = nil
            return .sessionless([])
        }
        session.epoch = Self.nextEpoch(epoch)
        session.lastUsedMs = nowMs
        self.sessions[sessionId] = session
        return .incremental(
            sessionId: sessionId, expectedEpoch: session.epoch, session.order.compactMap { session.partitions[$0]?.parameters })
    }

    /// Decides what the response holds once the partitions were read (Kafka
    /// `FetchContext.updateAndGenerateResponseData`): opens the session of a full fetch, or filters
    /// an incremental one down to the partitions that changed and remembers what was answered.
    mutating func completeResponse(
        _ context: Context, summaries: [FetchPartitionKey: FetchPartitionSummary], nowMs: Int64
    ) -> Outcome {
        switch context {
        case .error(let error):
            return .error(error)
        case .sessionless(let partitions):
            return .respond(sessionId: Self.invalidSessionId, partitions: partitions.map(\.key))
        case .full(let partitions, let privileged, let usesTopicIds):
            let id = self.maybeCreateSession(
                partitions: partitions, summaries: summaries, privileged: privileged, usesTopicIds: usesTopicIds,
                nowMs: nowMs)
            return .respond(sessionId: id, partitions: partitions.map(\.key))
        case .incremental(let sessionId, let expectedEpoch, _):
            guard var session = self.sessions[sessionId] else { return .error(.fetchSessionIdNotFound) }
            guard session.epoch == expectedEpoch else { return .error(.invalidFetchSessionEpoch) }
            var included: [FetchPartitionKey] = []
            for key in session.order {
                guard var cached = session.partitions[key], let summary = summaries[key] else { continue }
                if Self.mustRespond(&cached, summary) {
                    included.append(key)
                    session.partitions[key] = cached
                }
            }
            session.lastUsedMs = nowMs
            self.sessions[sessionId] = session
            return .respond(sessionId: sessionId, partitions: included)
        }
    }

    /// Kafka CachedPartition.maybeUpdateResponseData: a partition goes into an incremental
    /// response when it has records or an error, or its offsets moved since the last answer.
    private static func mustRespond(_ cached: inout CachedPartition, _ summary: FetchPartitionSummary) -> Bool {
        var mustRespond = summary.recordBytes > 0
        if summary.error != .none {
            // Forget the offsets so that the partition is answered again once the error clears.
            cached.highWatermark = -1
            cached.lastStableOffset = -1
            cached.logStartOffset = -1
            return true
        }
        if cached.highWatermark != summary.highWatermark {
            cached.highWatermark = summary.highWatermark
            mustRespond = true
        }
        if cached.lastStableOffset != summary.lastStableOffset {
            cached.lastStableOffset = summary.lastStableOffset
            mustRespond = true
        }
        if cached.logStartOffset != summary.logStartOffset {
            cached.logStartOffset = summary.logStartOffset
            mustRespond = true
        }
        return mustRespond
    }

    /// Opens a session when there is room or something to evict (Kafka `maybeCreateSession`).
    /// - Returns: the new session's id, or 0 when the cache has no room for it.
    private mutating func maybeCreateSession(
        partitions: [FetchPartitionParameters], summaries: [FetchPartitionKey: FetchPartitionSummary], privileged: Bool,
        usesTopicIds: Bool, nowMs: Int64
    ) -> Int32 {
        guard self.maxEntries > 0 else { return Self.invalidSessionId }
        if self.sessions.count >= self.maxEntries
            && !self.tryEvict(privileged: privileged, size: partitions.count, nowMs: nowMs)
        {
            return Self.invalidSessionId
        }
        var id: Int32
        repeat { id = Int32.random(in: 1...Int32.max) } while self.sessions[id] != nil
        var order: [FetchPartitionKey] = []
        var cached: [FetchPartitionKey: CachedPartition] = [:]
        for parameters in partitions where cached[parameters.key] == nil {
            order.append(parameters.key)
            var entry = CachedPartition(parameters: parameters)
            if let summary = summaries[parameters.key] {
                _ = Self.mustRespond(&entry, summary)
            }
            cached[parameters.key] = entry
        }
        self.sessions[id] = Session(
            id: id, privileged: privileged, usesTopicIds: usesTopicIds, order: order, partitions: cached,
            epoch: Self.nextEpoch(Self.initialEpoch), creationMs: nowMs, lastUsedMs: nowMs)
        return id
    }

    /// Kafka FetchSessionCache.tryEvict: the stalest session if idle past `evictionMs`, else the
    /// least valuable evictable one if it is worth less than the newcomer, ordered by
    /// (privileged, size, id) with the newcomer's id counted as 0.
    private mutating func tryEvict(privileged: Bool, size: Int, nowMs: Int64) -> Bool {
        if let stalest = self.sessions.values.min(by: { $0.lastUsedMs < $1.lastUsedMs }),
            nowMs - stalest.lastUsedMs > self.evictionMs
        {
            self.sessions[stalest.id] = nil
            return true
        }
        func rank(_ session: Session) -> (Int, Int, Int32) { (session.privileged ? 1 : 0, session.size, session.id) }
        let candidates = self.sessions.values.filter { privileged || !$0.privileged }
        guard let weakest = candidates.min(by: { rank($0) < rank($1) }) else { return false }
        guard (privileged ? 1 : 0, size, Int32(0)) >= rank(weakest) else { return false }
        self.sessions[weakest.id] = nil
        return true
    }
}
