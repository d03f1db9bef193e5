import KafkaProtocol

/// The table from API key to handler, and the dispatcher built on it. ApiVersions is answered
/// here from the same table, so the versions advertised are exactly the versions served
/// (franz-go kfake/18_api_versions.go has the same shape).
///
/// API: ApiVersions (key 18), versions 0-4.
/// - An unknown API key closes the connection (Kafka SocketServer: InvalidRequestException).
/// - A version outside the served range: ApiVersions answers v0 with UNSUPPORTED_VERSION and the
///   full table (KIP-511, so the client can pick a version); other APIs close the connection, as
///   Kafka does, since no response can be encoded at a version the broker does not speak.
/// - ApiVersions v3+ checks client software name/version against Kafka's pattern
///   (`[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?`) and answers INVALID_REQUEST otherwise.
public struct ApiRegistry: RequestDispatcher {
    private var handlers: [Int16: AnyApiHandler] = [:]
    private let log: @Sendable (String) -> Void
    /// Versions served for ApiVersions itself.
    public static let apiVersionsVersions = VersionRange(0, 4)

    public init(log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.log = log
    }

    /// Adds (or replaces) the handler for its request's API key.
    public mutating func register<Handler: ApiHandler>(_ handler: Handler) {
        let erased = AnyApiHandler(handler)
        self.handlers[erased.apiKey.rawValue] = erased
    }

    /// The ApiVersions table: every registered API (and ApiVersions), sorted by key.
    public var supportedApis: [ApiVersionsResponse.ApiVersion] {
        var apis = self.handlers.values.map {
            ApiVersionsResponse.ApiVersion(apiKey: $0.apiKey.rawValue, minVersion: $0.versions.lowest, maxVersion: $0.versions.highest)
        }
        apis.append(
            .init(apiKey: ApiKey.apiVersions.rawValue, minVersion: Self.apiVersionsVersions.lowest,
                maxVersion: Self.apiVersionsVersions.highest))
        return apis.sorted { $0.apiKey < $1.apiKey }
    }

    public func dispatch(_ request: RequestFrame, from client: ClientConnection) async -> DispatchResult {
        if request.apiKey == .apiVersions { return self.answerApiVersions(request) }
        guard let handler = self.handlers[request.apiKey.rawValue] else {
            return .closeConnection(reason: "unknown API key \(request.apiKey.rawValue)")
        }
        guard handler.versions.contains(request.apiVersion) else {
            return .closeConnection(reason: "\(request.apiKey.name) v\(request.apiVersion) is not supported (\(handler.versions))")
        }
        return await handler.handle(request, client, self.log)
    }

    private func answerApiVersions(_ request: RequestFrame) -> DispatchResult {
        var response = ApiVersionsResponse(errorCode: ErrorCode.none.rawValue, apiKeys: self.supportedApis)
        var version = request.apiVersion
        if !Self.apiVersionsVersions.contains(version) {
            response.errorCode = ErrorCode.unsupportedVersion.rawValue
            version = 0
        } else {
            do {
                let body = try request.decodeBody(as: ApiVersionsRequest.self)
                if version >= 3
                    && !(Self.isValidSoftwareField(body.clientSoftwareName)
                        && Self.isValidSoftwareField(body.clientSoftwareVersion))
                {
                    response = ApiVersionsResponse(errorCode: ErrorCode.invalidRequest.rawValue)
                }
            } catch {
                return .closeConnection(reason: "cannot decode ApiVersionsRequest v\(version): \(error)")
            }
        }
        do {
            return .respond(try response.encodeFrame(version: version, correlationId: request.header.correlationId))
        } catch {
            return .closeConnection(reason: "cannot encode ApiVersionsResponse: \(error)")
        }
    }

    /// Kafka ApiVersionsRequest.isValid: letters, digits, '-' and '.', starting and ending alphanumeric.
    static func isValidSoftwareField(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
        }
        return isAlphanumeric(first) && isAlphanumeric(last)
            && bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }
}
