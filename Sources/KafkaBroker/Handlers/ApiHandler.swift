import KafkaProtocol

/// One API of the broker: decodes nothing itself, receives a typed request and returns a typed
/// response. Each handler lives in its own file opening with the API, versions and behaviour.
public protocol ApiHandler: Sendable {
    associatedtype Request: KafkaRequest

    /// The versions this broker serves; a subset of `Request.validVersions`.
    var versions: VersionRange { get }

    /// Answers a request; nil means no response (Produce with acks=0).
    /// - Throws: `CloseConnectionRequest` to close the connection instead of answering; anything
    ///   unexpected: the registry answers with `errorResponse(to:error:)` and
    ///   UNKNOWN_SERVER_ERROR, and logs the error.
    func handle(_ request: Request, version: Int16, client: ClientConnection) async throws -> Request.Response?

    /// The response that reports `error` for every part of `request` (Kafka AbstractRequest.getErrorResponse).
    func errorResponse(to request: Request, error: ErrorCode) -> Request.Response
}

/// An `ApiHandler` with its types erased, as the registry stores it.
struct AnyApiHandler: Sendable {
    let apiKey: ApiKey
    let versions: VersionRange
    let handle: @Sendable (RequestFrame, ClientConnection, @Sendable (String) -> Void) async -> DispatchResult

    init<Handler: ApiHandler>(_ handler: Handler) {
        self.apiKey = Handler.Request.apiKey
        self.versions = handler.versions.intersection(Handler.Request.validVersions)
        self.handle = { frame, client, log in
            let request: Handler.Request
            do {
                request = try frame.decodeBody(as: Handler.Request.self)
            } catch {
                // Kafka treats a body it cannot parse as an invalid request and drops the connection.
                return .closeConnection(reason: "cannot decode \(Handler.Request.messageName) v\(frame.apiVersion): \(error)")
            }
            var response: Handler.Request.Response?
            var client = client
            client.clientId = frame.header.clientId ?? ""
            do {
                response = try await handler.handle(request, version: frame.apiVersion, client: client)
            } catch let close as CloseConnectionRequest {
                return .closeConnection(reason: close.reason)
            } catch {
                log("\(Handler.Request.messageName) from \(client.connectionId) failed: \(error)")
                response = handler.errorResponse(to: request, error: .unknownServerError)
            }
            guard let response else { return .noResponse }
            do {
                return .respond(try response.encodeFrame(version: frame.apiVersion, correlationId: frame.header.correlationId))
            } catch {
                log("cannot encode \(Handler.Request.Response.messageName) v\(frame.apiVersion): \(error)")
                return .closeConnection(reason: "response encoding failed")
            }
        }
    }
}
