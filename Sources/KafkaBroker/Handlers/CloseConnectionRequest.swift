/// Thrown by a handler whose answer is to close the connection rather than to respond: the
/// registry turns it into `DispatchResult.closeConnection` (Kafka RequestChannel's
/// CloseConnectionResponse).
///
/// Produce with acks=0 is the case: the client expects no response, so an error can only be
/// signalled by dropping the connection, after which the producer refreshes its metadata
/// (Kafka KafkaApis.handleProduceRequest).
public struct CloseConnectionRequest: Error, Sendable, Equatable {
    /// Why, for the log line the network layer writes when closing.
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}
