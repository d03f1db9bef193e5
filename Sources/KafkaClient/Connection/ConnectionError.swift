import KafkaProtocol

/// Why a request got no response from a broker connection.
///
/// These are the client-side failures Kafka's NetworkClient reports as disconnections or
/// timeouts; errors the broker answers with are `KafkaApiError` instead. Every case is retriable
/// on a new connection except `unsupportedVersion`.
public enum ConnectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The connection could not be established.
    case connectFailed(address: String, reason: String)
    /// The connection closed (or was closed) before the response arrived.
    case closed(address: String)
    /// No response within the request timeout; the connection was closed, as Kafka does,
    /// because later responses on it can no longer be matched (NetworkClient.handleTimedOutRequests).
    case requestTimedOut(apiKey: ApiKey, timeoutMilliseconds: Int64, address: String)
    /// A response whose correlation id is not the oldest pending request's.
    case correlationMismatch(expected: Int32, received: Int32)
    /// A response arrived when no request was pending.
    case unexpectedResponse(correlationId: Int32)
    /// Neither side supports a common version of the API (or the broker lacks it).
    case unsupportedVersion(apiKey: ApiKey, address: String)
    /// No bootstrap server could be reached.
    case noBrokerAvailable(tried: [String], lastError: String)

    public var description: String {
        switch self {
        case .connectFailed(let address, let reason): return "connection to \(address) failed: \(reason)"
        case .closed(let address): return "connection to \(address) closed"
        case .requestTimedOut(let apiKey, let timeout, let address):
            return "\(apiKey) request to \(address) timed out after \(timeout) ms"
        case .correlationMismatch(let expected, let received):
            return "response correlation id \(received) does not match the oldest request \(expected)"
        case .unexpectedResponse(let id): return "response with correlation id \(id) but no request pending"
        case .unsupportedVersion(let apiKey, let address):
            return "broker \(address) supports no version of \(apiKey) that this client knows"
        case .noBrokerAvailable(let tried, let lastError):
            return "no bootstrap server reachable (tried \(tried.joined(separator: ", "))): \(lastError)"
        }
    }

    /// Whether the request may succeed on another attempt (a new connection).
    public var isRetriable: Bool {
        switch self {
        case .unsupportedVersion: return false
        default: return true
        }
    }
}
