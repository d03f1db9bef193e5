import NIOCore

/// How connections to brokers are made and how long requests may take.
public struct ConnectionOptions: Sendable {
    /// Sent in every request header (Kafka `client.id`); nil sends a null client id.
    public var clientId: String?
    /// How long to wait for each response before giving up on the connection
    /// (Kafka `request.timeout.ms`).
    public var requestTimeout: Duration
    /// How long to wait for the TCP connection (Kafka `socket.connection.setup.timeout.ms`).
    public var connectTimeout: Duration
    /// The largest response frame accepted; larger ones close the connection.
    public var maximumResponseSize: Int
    /// Sent in ApiVersions v3+ (KIP-511); must match `[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?`.
    public var clientSoftwareName: String
    public var clientSoftwareVersion: String

    public init(
        clientId: String? = nil,
        requestTimeout: Duration = .seconds(30),
        connectTimeout: Duration = .seconds(10),
        maximumResponseSize: Int = 256 * 1024 * 1024,
        clientSoftwareName: String = "swift-kafka-platform",
        clientSoftwareVersion: String = "0.1.0"
    ) {
        self.clientId = clientId
        self.requestTimeout = requestTimeout
        self.connectTimeout = connectTimeout
        self.maximumResponseSize = maximumResponseSize
        self.clientSoftwareName = clientSoftwareName
        self.clientSoftwareVersion = clientSoftwareVersion
    }
}

extension Duration {
    /// The duration as NIO's `TimeAmount` (nanoseconds, saturating).
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = self.components
        let (nanos, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return .nanoseconds(seconds < 0 ? Int64.min : Int64.max) }
        return .nanoseconds(nanos &+ attoseconds / 1_000_000_000)
    }

    /// Whole milliseconds, saturating (for the `...Ms` fields of requests).
    var milliseconds: Int64 {
        let (seconds, attoseconds) = self.components
        let (millis, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        if overflow { return seconds < 0 ? Int64.min : Int64.max }
        return millis &+ attoseconds / 1_000_000_000_000_000
    }

    /// Whole milliseconds clamped to `Int32` (request fields such as `timeoutMs`).
    var int32Milliseconds: Int32 { Int32(clamping: self.milliseconds) }
}
