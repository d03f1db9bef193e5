import KafkaProtocol

/// Who sent a request: what handlers may need to know about the connection.
public struct ClientConnection: Sendable, Hashable {
    /// Kafka's connection id form, `localAddress-remoteAddress-index`, for logs and fetch sessions.
    public var connectionId: String
    public var remoteAddress: String
    public var listenerName: String
    /// The `client.id` of the request being handled (set per request from its header).
    public var clientId: String

    public init(connectionId: String, remoteAddress: String, listenerName: String, clientId: String = "") {
        self.connectionId = connectionId
        self.remoteAddress = remoteAddress
        self.listenerName = listenerName
        self.clientId = clientId
    }
}

/// What the network layer does after a request was handled.
public enum DispatchResult: Sendable {
    /// Send this response frame (size prefix included).
    case respond(ProtocolWriter)
    /// Send nothing (Produce with acks=0).
    case noResponse
    /// Close the connection: an undecodable request or an API the broker does not offer.
    case closeConnection(reason: String)
}

/// Turns decoded request frames into responses; the network layer calls it once per request, in
/// the order the requests arrived on a connection, and writes the results in that same order.
public protocol RequestDispatcher: Sendable {
    func dispatch(_ request: RequestFrame, from client: ClientConnection) async -> DispatchResult
}
