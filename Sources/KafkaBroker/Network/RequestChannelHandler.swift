import KafkaProtocol
import NIOCore

/// Per connection: decodes request headers, hands requests to the dispatcher one at a time, and
/// writes each response (bytes and spliced file regions) in request order.
///
/// Kafka's SocketServer mutes a channel while its request is being processed; here reads pause
/// once `maximumQueuedRequests` are waiting, which bounds the memory one client can pin while
/// still letting pipelined requests flow.
public final class RequestChannelHandler: ChannelDuplexHandler {
    public typealias InboundIn = ByteBuffer
    public typealias OutboundIn = IOData
    public typealias OutboundOut = IOData

    private let dispatcher: any RequestDispatcher
    private let client: ClientConnection
    private let maximumQueuedRequests: Int
    private let log: @Sendable (String) -> Void
    private var queued = 0
    private var readPending = false
    private var tail: EventLoopFuture<Void>?

    public init(
        dispatcher: any RequestDispatcher, client: ClientConnection, maximumQueuedRequests: Int = 16,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.dispatcher = dispatcher
        self.client = client
        self.maximumQueuedRequests = maximumQueuedRequests
        self.log = log
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = Self.unwrapInboundIn(data)
        let request: RequestFrame
        do {
            request = try RequestFrame(decoding: frame)
        } catch {
            // Kafka closes the connection when it cannot even parse the request header.
            self.log("closing connection \(self.client.connectionId): undecodable request header: \(error)")
            context.close(promise: nil)
            return
        }
        self.queued += 1
        let eventLoop = context.eventLoop
        let dispatcher = self.dispatcher
        let client = self.client
        let previous = self.tail ?? eventLoop.makeSucceededVoidFuture()
        let result = previous.flatMap { _ in
            let promise = eventLoop.makePromise(of: DispatchResult.self)
            promise.completeWithTask { await dispatcher.dispatch(request, from: client) }
            return promise.futureResult
        }
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: eventLoop)
        self.tail = result.map { outcome in
            bound.value.handler.deliver(outcome, context: bound.value.context)
        }
    }

    private func deliver(_ outcome: DispatchResult, context: ChannelHandlerContext) {
        self.queued -= 1
        switch outcome {
        case .respond(let writer):
            for part in writer.parts {
                guard case .fileRegion(let region) = part else {
                    context.write(Self.wrapOutboundOut(part), promise: nil)
                    continue
                }
                // A fetch's region owns a duplicated descriptor (FileSlice.makeFileRegion): close it
                // once written or failed, or it leaks (and NIO asserts on the leak in debug builds).
                let written = context.eventLoop.makePromise(of: Void.self)
                written.futureResult.whenComplete { _ in try? region.fileHandle.close() }
                context.write(Self.wrapOutboundOut(part), promise: written)
            }
            context.flush()
        case .noResponse:
            break
        case .closeConnection(let reason):
            self.log("closing connection \(self.client.connectionId): \(reason)")
            context.close(promise: nil)
            return
        }
        if self.readPending && self.queued < self.maximumQueuedRequests {
            self.readPending = false
            context.read()
        }
    }

    public func read(context: ChannelHandlerContext) {
        if self.queued >= self.maximumQueuedRequests {
            self.readPending = true
        } else {
            context.read()
        }
    }

    public func errorCaught(context: ChannelHandlerContext, error: Error) {
        // Oversized or negative frame sizes, resets: this connection only.
        self.log("closing connection \(self.client.connectionId): \(error)")
        context.close(promise: nil)
    }
}
