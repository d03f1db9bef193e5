import KafkaProtocol

/// The requests sent on one connection and not yet answered, oldest first.
///
/// Kafka answers the requests of a connection in the order they were sent, so a response always
/// belongs to the oldest request that expects one; its correlation id must match, or the stream
/// is out of step and the connection must be closed (Kafka NetworkClient.correlate). Requests
/// that expect no response (Produce with acks=0) are never queued. Pure and generic over what is
/// kept per request, so the matching is testable without a network.
public struct InFlightRequests<Pending> {
    /// One request awaiting its response.
    public struct Entry {
        public var correlationId: Int32
        public var apiKey: ApiKey
        public var apiVersion: Int16
        public var pending: Pending
    }

    private var entries: [Entry] = []
    private var head = 0
    private var nextCorrelationId: Int32

    public init(firstCorrelationId: Int32 = 0) {
        self.nextCorrelationId = firstCorrelationId
    }

    /// Number of requests awaiting a response.
    public var count: Int { self.entries.count - self.head }

    public var isEmpty: Bool { self.count == 0 }

    /// Hands out the next correlation id (wrapping at `Int32.max` back to 0, as Kafka's
    /// NetworkClient does).
    public mutating func makeCorrelationId() -> Int32 {
        let id = self.nextCorrelationId
        self.nextCorrelationId = id == Int32.max ? 0 : id + 1
        return id
    }

    /// Queues a sent request that expects a response.
    public mutating func append(_ entry: Entry) {
        self.entries.append(entry)
    }

    /// Matches a response to the oldest request.
    /// - Returns: the request, removed from the queue.
    /// - Throws: `ConnectionError.unexpectedResponse` when nothing is pending, or
    ///   `.correlationMismatch` when the id is not the oldest request's; either way the queue is
    ///   left as it was and the caller must close the connection.
    public mutating func complete(correlationId: Int32) throws -> Entry {
        guard self.head < self.entries.count else {
            throw ConnectionError.unexpectedResponse(correlationId: correlationId)
        }
        let entry = self.entries[self.head]
        guard entry.correlationId == correlationId else {
            throw ConnectionError.correlationMismatch(expected: entry.correlationId, received: correlationId)
        }
        self.head += 1
        if self.head > 64 && self.head * 2 > self.entries.count {
            self.entries.removeFirst(self.head)
            self.head = 0
        }
        return entry
    }

    /// The oldest pending request, if any.
    public var oldest: Entry? { self.head < self.entries.count ? self.entries[self.head] : nil }

    /// Removes and returns every pending request, oldest first (to fail them all).
    public mutating func removeAll() -> [Entry] {
        let remaining = Array(self.entries[self.head...])
        self.entries = []
        self.head = 0
        return remaining
    }
}
