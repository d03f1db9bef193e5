import KafkaProtocol
import NIOCore

/// One encoded request on its way to the broker, with where its response goes.
struct OutboundRequest: Sendable {
    /// The complete frame (size prefix included); bytes 8..<12 are overwritten with the
    /// correlation id the handler assigns, so requests are numbered in the order they hit the wire.
    var frame: ByteBuffer
    var apiKey: ApiKey
    var apiVersion: Int16
    /// False for Produce with acks=0, which the broker never answers.
    var expectsResponse: Bool
    /// Completed with the response frame (after the size prefix), or with an empty buffer once a
    /// request without response is written.
    var promise: EventLoopPromise<ByteBuffer>
    /// How long to wait for the response.
    var timeout: TimeAmount
}

/// Pipelines requests on one connection and routes each response frame to its request.
///
/// Requests are written as they come, without waiting for earlier responses (Kafka's
/// `max.in.flight.requests.per.connection` is enforced above this layer). Responses are matched
/// in order (see `InFlightRequests`). A response that does not match, a request timeout, or the
/// loss of the connection fails every pending request and closes the channel, because the
/// stream can no longer be trusted (Kafka NetworkClient). Owned by the channel's event loop.
final class RequestResponseHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = OutboundRequest
    typealias OutboundOut = ByteBuffer

    private struct Pending {
        var promise: EventLoopPromise<ByteBuffer>
        var timeout: Scheduled<Void>?
    }

    private var inFlight = InFlightRequests<Pending>()
    private var failure: ConnectionError?
    private let address: String

    init(address: String) {
        self.address = address
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = Self.unwrapOutboundIn(data)
        if let failure = self.failure {
            request.promise.fail(failure)
            promise?.fail(failure)
            return
        }
        let correlationId = self.inFlight.makeCorrelationId()
        var frame = request.frame
        frame.setInteger(correlationId, at: frame.readerIndex + 8)
        let writePromise = context.eventLoop.makePromise(of: Void.self)
        if request.expectsResponse {
            let loop = context.eventLoop.assumeIsolated()
            let timeout = loop.scheduleTask(in: request.timeout) { [weak self, context] in
                guard let self else { return }
                self.timedOut(context: context, correlationId: correlationId, request: request)
            }
            self.inFlight.append(
                .init(
                    correlationId: correlationId, apiKey: request.apiKey, apiVersion: request.apiVersion,
                    pending: Pending(promise: request.promise, timeout: timeout)))
        } else {
            writePromise.futureResult.whenSuccess { request.promise.succeed(ByteBuffer()) }
        }
        writePromise.futureResult.assumeIsolated().whenFailure { [weak self, context] error in
            request.promise.fail(error)
            self?.fail(context: context, with: .closed(address: self?.address ?? ""))
        }
        promise.map { writePromise.futureResult.cascade(to: $0) }
        context.write(Self.wrapOutboundOut(frame), promise: writePromise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = Self.unwrapInboundIn(data)
        guard let correlationId = frame.getInteger(at: frame.readerIndex, as: Int32.self) else {
            self.fail(context: context, with: .unexpectedResponse(correlationId: -1))
            return
        }
        do {
            let entry = try self.inFlight.complete(correlationId: correlationId)
            entry.pending.timeout?.cancel()
            entry.pending.promise.succeed(frame)
        } catch let error as ConnectionError {
            self.fail(context: context, with: error)
        } catch {
            self.fail(context: context, with: .closed(address: self.address))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.failAll(with: self.failure ?? .closed(address: self.address))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        self.fail(context: context, with: error as? ConnectionError ?? .closed(address: self.address))
    }

    private func timedOut(context: ChannelHandlerContext, correlationId: Int32, request: OutboundRequest) {
        // Responses come in order, so one late response blocks every later one: give up on the
        // connection as Kafka's NetworkClient does ("Disconnecting from node due to request timeout").
        self.fail(
            context: context,
            with: .requestTimedOut(
                apiKey: request.apiKey, timeoutMilliseconds: request.timeout.nanoseconds / 1_000_000,
                address: self.address))
    }

    private func fail(context: ChannelHandlerContext, with error: ConnectionError) {
        if self.failure == nil { self.failure = error }
        self.failAll(with: error)
        context.close(promise: nil)
    }

    private func failAll(with error: ConnectionError) {
        if self.failure == nil { self.failure = error }
        for entry in self.inFlight.removeAll() {
            entry.pending.timeout?.cancel()
            entry.pending.promise.fail(error)
        }
    }
}
