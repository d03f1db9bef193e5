/// The settings every client shares: where the cluster is and how to talk to it (Kafka
/// CommonClientConfigs). Durations are `Duration`; the property names are Kafka's.
public struct ClusterConfig: Sendable {
    /// `bootstrap.servers`: `host:port` pairs tried in order until one answers.
    public var bootstrapServers: [BrokerAddress]
    /// `client.id`, sent in every request header.
    public var clientId: String
    /// `request.timeout.ms` (default 30000).
    public var requestTimeout: Duration
    /// `socket.connection.setup.timeout.ms` (default 10000).
    public var connectTimeout: Duration
    /// `retry.backoff.ms` (default 100): the first wait before a retry.
    public var retryBackoff: Duration
    /// `retry.backoff.max.ms` (default 1000): the cap of the exponential backoff (KIP-580).
    public var retryBackoffMax: Duration
    /// `reconnect.backoff.ms` (default 50): wait before reconnecting to a broker that failed.
    public var reconnectBackoff: Duration
    /// `metadata.max.age.ms` (default 300000): metadata older than this is refreshed.
    public var metadataMaxAge: Duration
    /// Whether Metadata requests may create missing topics (the consumer's
    /// `allow.auto.create.topics`; the producer always asks, the admin client never does).
    public var allowAutoTopicCreation: Bool
    /// The largest response frame accepted (not a Kafka property; Kafka bounds responses by
    /// `fetch.max.bytes` and friends).
    public var maximumResponseSize: Int

    public init(
        bootstrapServers: [BrokerAddress],
        clientId: String = "",
        requestTimeout: Duration = .milliseconds(30000),
        connectTimeout: Duration = .milliseconds(10000),
        retryBackoff: Duration = .milliseconds(100),
        retryBackoffMax: Duration = .milliseconds(1000),
        reconnectBackoff: Duration = .milliseconds(50),
        metadataMaxAge: Duration = .milliseconds(300_000),
        allowAutoTopicCreation: Bool = true,
        maximumResponseSize: Int = 256 * 1024 * 1024
    ) {
        self.bootstrapServers = bootstrapServers
        self.clientId = clientId
        self.requestTimeout = requestTimeout
        self.connectTimeout = connectTimeout
        self.retryBackoff = retryBackoff
        self.retryBackoffMax = retryBackoffMax
        self.reconnectBackoff = reconnectBackoff
        self.metadataMaxAge = metadataMaxAge
        self.allowAutoTopicCreation = allowAutoTopicCreation
        self.maximumResponseSize = maximumResponseSize
    }

    /// Reads the common properties.
    /// - Throws: `KafkaConfigError` for a missing `bootstrap.servers`, an address without a
    ///   port, or a malformed number.
    public static func read(from reader: inout ConfigReader) throws -> ClusterConfig {
        let servers = reader.list("bootstrap.servers", default: [])
        guard !servers.isEmpty else { throw KafkaConfigError(key: "bootstrap.servers", value: nil, reason: "") }
        var addresses: [BrokerAddress] = []
        for server in servers {
            guard let address = BrokerAddress(parsing: server) else {
                throw KafkaConfigError(
                    key: "bootstrap.servers", value: servers.joined(separator: ","),
                    reason: "Invalid url in bootstrap.servers: \(server)")
            }
            addresses.append(address)
        }
        let protocolName = try reader.choice(
            "security.protocol", default: "plaintext", allowed: ["plaintext"])
        _ = protocolName
        var config = ClusterConfig(bootstrapServers: addresses)
        config.clientId = reader.string("client.id", default: "")
        config.requestTimeout = try reader.milliseconds("request.timeout.ms", default: 30000)
        config.connectTimeout = try reader.milliseconds("socket.connection.setup.timeout.ms", default: 10000)
        config.retryBackoff = try reader.milliseconds("retry.backoff.ms", default: 100)
        config.retryBackoffMax = try reader.milliseconds("retry.backoff.max.ms", default: 1000)
        config.reconnectBackoff = try reader.milliseconds("reconnect.backoff.ms", default: 50)
        config.metadataMaxAge = try reader.milliseconds("metadata.max.age.ms", default: 300_000)
        return config
    }

    /// The connection settings derived from this configuration.
    public var connectionOptions: ConnectionOptions {
        ConnectionOptions(
            clientId: self.clientId, requestTimeout: self.requestTimeout, connectTimeout: self.connectTimeout,
            maximumResponseSize: self.maximumResponseSize)
    }

    /// The backoff before retry number `attempt` (1-based): `retry.backoff.ms` doubled per
    /// attempt up to `retry.backoff.max.ms`, with ±20% jitter (KIP-580, Kafka ExponentialBackoff).
    public func backoff(attempt: Int) -> Duration {
        let base = Double(self.retryBackoff.milliseconds)
        let cap = Double(max(self.retryBackoffMax.milliseconds, self.retryBackoff.milliseconds))
        let exponential = min(cap, base * pow2(max(0, attempt - 1)))
        let jittered = exponential * Double.random(in: 0.8...1.2)
        return .milliseconds(Int64(min(jittered, cap)))
    }
}

private func pow2(_ exponent: Int) -> Double {
    exponent >= 62 ? Double(Int64.max) : Double(Int64(1) << Int64(exponent))
}
