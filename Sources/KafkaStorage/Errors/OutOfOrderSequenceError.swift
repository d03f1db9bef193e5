/// An idempotent producer's batch does not continue its sequence (Kafka
/// OutOfOrderSequenceException.java, error OUT_OF_ORDER_SEQUENCE_NUMBER).
public struct OutOfOrderSequenceError: Error, Equatable, Sendable, CustomStringConvertible {
    public var producerId: Int64
    public var reason: String

    public init(producerId: Int64, reason: String) {
        self.producerId = producerId
        self.reason = reason
    }

    public var description: String { "out of order sequence for producer \(self.producerId): \(self.reason)" }
}
