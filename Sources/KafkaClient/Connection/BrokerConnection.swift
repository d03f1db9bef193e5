import KafkaProtocol
import NIOCore
import NIOPosix

/// One TCP connection to a broker, with the API versions negotiated when it opened.
///
/// Requests may be sent concurrently from any task; they are pipelined on the connection and
/// each caller gets its own response (see `RequestResponseHandler`). When the connection is lost,
/// every pending request fails with `ConnectionError` and `closeFuture` completes; a closed
/// connection is not reopened (the owner, `KafkaCluster`, makes a new one).
public final class BrokerConnection: Sendable {
    /// Where the connection goes.
    public let address: BrokerAddress
    /// The broker's node id, or nil for a bootstrap connection made before metadata was known.
    public let nodeId: Int32?
    /// What the broker advertised in ApiVersions.
    public let apiVersions: ApiVersionTable
    let channel: Channel
    let options: ConnectionOptions

    private init(
        address: BrokerAddress, nodeId: Int32?, apiVersions: ApiVersionTable, channel: Channel,
        options: ConnectionOptions
    ) {
        self.address = address
        self.nodeId = nodeId
        self.apiVersions = apiVersions
        self.channel = channel
        self.options = options
    }

    /// Connects and negotiates API versions (KIP-511: if the broker answers our ApiVersions with
    /// UNSUPPORTED_VERSION, it lists its own range at v0, and we retry at the highest version
    /// both support).
    /// - Throws: `ConnectionError` when the broker is unreachable or the negotiation fails;
    ///   `KafkaApiError` when the broker rejects ApiVersions with another error.
    public static func connect(
        to address: BrokerAddress, nodeId: Int32? = nil, options: ConnectionOptions,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> BrokerConnection {
        let maximumResponseSize = options.maximumResponseSize
        let description = address.description
        let channel: Channel
        do {
            channel = try await ClientBootstrap(group: eventLoopGroup)
                .connectTimeout(options.connectTimeout.timeAmount)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(KafkaFrameDecoder(maximumFrameSize: maximumResponseSize)))
                        try channel.pipeline.syncOperations.addHandler(RequestResponseHandler(address: description))
                    }
                }
                .connect(host: address.host, port: address.port).get()
        } catch {
            throw ConnectionError.connectFailed(address: description, reason: "\(error)")
        }
        do {
            let table = try await Self.negotiateApiVersions(channel: channel, address: address, options: options)
            return BrokerConnection(
                address: address, nodeId: nodeId, apiVersions: table, channel: channel, options: options)
        } catch {
            try? await channel.close()
            throw error
        }
    }

    /// Sends ApiVersions at our highest version, falling back as KIP-511 describes: a broker that
    /// does not know our version answers UNSUPPORTED_VERSION with its own ApiVersions range in a
    /// v0 body, and we retry at the highest version both support. When that body cannot be read
    /// (some brokers, librdkafka's mock among them, encode it otherwise) we step down one version
    /// at a time, as librdkafka does.
    private static func negotiateApiVersions(
        channel: Channel, address: BrokerAddress, options: ConnectionOptions
    ) async throws -> ApiVersionTable {
        var version = ApiVersionsRequest.validVersions.highest
        while true {
            let request = ApiVersionsRequest(
                clientSoftwareName: options.clientSoftwareName, clientSoftwareVersion: options.clientSoftwareVersion)
            let frame = try await Self.roundTrip(
                request, version: version, channel: channel, options: options, expectsResponse: true)
            switch try Self.interpretApiVersionsResponse(frame, version: version) {
            case .supported(let response):
                return ApiVersionTable(response.apiKeys)
            case .retry(let lower) where lower < version && lower >= ApiVersionsRequest.validVersions.lowest:
                version = lower
            case .retry:
                throw ConnectionError.unsupportedVersion(apiKey: .apiVersions, address: address.description)
            case .failed(let code):
                throw KafkaApiError(code: code, message: nil, context: "ApiVersions")
            }
        }
    }

    /// What an ApiVersions response says to do next.
    enum ApiVersionsOutcome: Equatable {
        /// The broker answered at the version sent.
        case supported(ApiVersionsResponse)
        /// Send again at this version.
        case retry(Int16)
        /// The broker refused with another error.
        case failed(ErrorCode)
    }

    /// Reads an ApiVersions response frame sent at `version` (pure; see `negotiateApiVersions`).
    static func interpretApiVersionsResponse(_ frame: ByteBuffer, version: Int16) throws -> ApiVersionsOutcome {
        var body = frame
        _ = try ResponseHeader.decode(from: &body, version: 0)
        let bodyStart = body
        if let response = try? ApiVersionsResponse.decode(from: &body, version: version) {
            let code = ErrorCode(response.errorCode)
            if !code.isError { return .supported(response) }
            if code != .unsupportedVersion { return .failed(code) }
        }
        var legacy = bodyStart
        if let response = try? ApiVersionsResponse.decode(from: &legacy, version: 0),
            ErrorCode(response.errorCode) == .unsupportedVersion,
            let advertised = response.apiKeys.first(where: { $0.apiKey == ApiKey.apiVersions.rawValue })
        {
            let common = VersionRange(advertised.minVersion, advertised.maxVersion)
                .intersection(ApiVersionsRequest.validVersions)
            if !common.isEmpty && common.highest < version { return .retry(common.highest) }
        }
        return .retry(version - 1)
    }

    private static func roundTrip<Request: KafkaRequest>(
        _ request: Request, version: Int16, channel: Channel, options: ConnectionOptions, expectsResponse: Bool,
        timeout: Duration? = nil
    ) async throws -> ByteBuffer {
        let frame = try request.encodeFrame(version: version, correlationId: 0, clientId: options.clientId)
            .contiguousBuffer()
        let promise = channel.eventLoop.makePromise(of: ByteBuffer.self)
        let outbound = OutboundRequest(
            frame: frame, apiKey: Request.apiKey, apiVersion: version, expectsResponse: expectsResponse,
            promise: promise, timeout: (timeout ?? options.requestTimeout).timeAmount)
        // On a closed channel the handler is gone and would never complete the response promise;
        // the failed write does it instead (completing a promise twice is a no-op in NIO).
        let written = channel.eventLoop.makePromise(of: Void.self)
        let address = "\(channel.remoteAddress.map { "\($0)" } ?? "broker")"
        written.futureResult.whenFailure { _ in promise.fail(ConnectionError.closed(address: address)) }
        channel.writeAndFlush(outbound, promise: written)
        return try await promise.futureResult.get()
    }

    /// The highest version of `Request` usable on this connection, within `limit` if given.
    /// - Throws: `ConnectionError.unsupportedVersion` when there is none.
    public func version<Request: KafkaRequest>(of type: Request.Type, within limit: VersionRange? = nil) throws -> Int16
    {
        guard let version = self.apiVersions.usableVersion(of: type, within: limit) else {
            throw ConnectionError.unsupportedVersion(apiKey: Request.apiKey, address: self.address.description)
        }
        return version
    }

    /// Sends a request and waits for its response.
    /// - Parameters:
    ///   - version: the version to use; nil for the highest both sides support.
    ///   - timeout: how long to wait; nil for the connection's request timeout. A timeout closes
    ///     the connection.
    /// - Throws: `ConnectionError`, or `ProtocolEncodingError`/`ProtocolDecodingError`.
    public func send<Request: KafkaRequest>(
        _ request: Request, version: Int16? = nil, timeout: Duration? = nil
    ) async throws -> Request.Response {
        let version = try version ?? self.version(of: Request.self)
        let frame = try await Self.roundTrip(
            request, version: version, channel: self.channel, options: self.options, expectsResponse: true,
            timeout: timeout)
        return try Request.Response.decodeFrame(frame, version: version).response
    }

    /// Sends a request the broker will not answer (Produce with acks=0) and returns once written.
    public func sendWithoutResponse<Request: KafkaRequest>(_ request: Request, version: Int16? = nil) async throws {
        let version = try version ?? self.version(of: Request.self)
        _ = try await Self.roundTrip(
            request, version: version, channel: self.channel, options: self.options, expectsResponse: false)
    }

    /// Whether the connection is still open.
    public var isActive: Bool { self.channel.isActive }

    /// Completes when the connection has closed, for whatever reason.
    public var closeFuture: EventLoopFuture<Void> { self.channel.closeFuture }

    /// Closes the connection; pending requests fail with `ConnectionError.closed`.
    public func close() async {
        try? await self.channel.close()
    }
}
