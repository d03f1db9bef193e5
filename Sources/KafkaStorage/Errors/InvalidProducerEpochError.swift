/// A batch carries a producer epoch older than the one the log has seen (Kafka
/// InvalidProducerEpochException.java, error INVALID_PRODUCER_EPOCH), or a transaction marker
/// comes from a fenced coordinator (Kafka TransactionCoordinatorFencedException.java).
public struct InvalidProducerEpochError: Error, Equatable, Sendable, CustomStringConvertible {
    public var producerId: Int64
    public var reason: String

    public init(producerId: Int64, reason: String) {
        self.producerId = producerId
        self.reason = reason
    }

    public var description: String { "invalid epoch for producer \(self.producerId): \(self.reason)" }
}
