/// A producer with an open transaction wrote outside it, or a marker came for no transaction
/// state that allows it (Kafka InvalidTxnStateException.java, error INVALID_TXN_STATE).
public struct InvalidTransactionStateError: Error, Equatable, Sendable, CustomStringConvertible {
    public var producerId: Int64
    public var reason: String

    public init(producerId: Int64, reason: String) {
        self.producerId = producerId
        self.reason = reason
    }

    public var description: String { "invalid transaction state for producer \(self.producerId): \(self.reason)" }
}
