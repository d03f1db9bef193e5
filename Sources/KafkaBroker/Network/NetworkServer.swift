import KafkaProtocol
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// One listener of the broker: accepts connections, frames requests, and hands them to a
/// dispatcher. Limits: request size (`socket.request.max.bytes`), connection count
/// (`max.connections`), idle connections closed after `connections.max.idle.ms`.
public final class NetworkServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        /// 0 picks a free port; `localPort` tells which.
        public var port: Int
        public var listenerName: String
        public var maximumRequestSize: Int
        public var maximumConnections: Int
        public var idleTimeout: TimeAmount

        /// Kafka's defaults: 100 MiB requests, unlimited connections, 10 minutes idle.
        public init(
            host: String = "127.0.0.1", port: Int = 9092, listenerName: String = "PLAINTEXT",
            maximumRequestSize: Int = 104_857_600, maximumConnections: Int = Int(Int32.max),
            idleTimeout: TimeAmount = .minutes(10)
        ) {
            self.host = host
            self.port = port
            self.listenerName = listenerName
            self.maximumRequestSize = maximumRequestSize
            self.maximumConnections = maximumConnections
            self.idleTimeout = idleTimeout
        }
    }

    private let channel: any Channel
    private let connections: NIOLockedValueBox<Int>

    /// The port the listener is bound to.
    public var localPort: Int { self.channel.localAddress?.port ?? 0 }

    private init(channel: any Channel, connections: NIOLockedValueBox<Int>) {
        self.channel = channel
        self.connections = connections
    }

    /// Number of open client connections.
    public var connectionCount: Int { self.connections.withLockedValue { $0 } }

    /// Binds the listener and starts accepting.
    public static func start(
        configuration: Configuration, dispatcher: any RequestDispatcher, group: any EventLoopGroup,
        log: @escaping @Sendable (String) -> Void
    ) async throws -> NetworkServer {
        let connections = NIOLockedValueBox(0)
        let counter = NIOLockedValueBox(0)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.autoRead, value: true)
            .childChannelInitializer { child in
                let accepted = connections.withLockedValue { count -> Bool in
                    guard count < configuration.maximumConnections else { return false }
                    count += 1
                    return true
                }
                guard accepted else {
                    log("refusing connection from \(child.remoteAddress?.description ?? "?"): max.connections reached")
                    return child.close()
                }
                child.closeFuture.whenComplete { _ in connections.withLockedValue { $0 -= 1 } }
                let index = counter.withLockedValue { value -> Int in
                    value += 1
                    return value
                }
                let local = child.localAddress.map(Self.hostPort) ?? "?"
                let remote = child.remoteAddress.map(Self.hostPort) ?? "?"
                let client = ClientConnection(
                    connectionId: "\(local)-\(remote)-\(index)", remoteAddress: remote,
                    listenerName: configuration.listenerName)
                return child.eventLoop.makeCompletedFuture {
                    let pipeline = child.pipeline.syncOperations
                    try pipeline.addHandler(IdleStateHandler(allTimeout: configuration.idleTimeout))
                    try pipeline.addHandler(IdleConnectionCloser())
                    try pipeline.addHandler(
                        ByteToMessageHandler(KafkaFrameDecoder(maximumFrameSize: configuration.maximumRequestSize)))
                    try pipeline.addHandler(RequestChannelHandler(dispatcher: dispatcher, client: client, log: log))
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
        return NetworkServer(channel: channel, connections: connections)
    }

    /// Stops accepting; open connections close with the event loop group.
    public func close() async throws {
        try await self.channel.close()
    }

    static func hostPort(_ address: SocketAddress) -> String {
        "\(address.ipAddress ?? "?"):\(address.port ?? 0)"
    }
}

/// Closes a connection on which nothing was read or written for the idle timeout.
final class IdleConnectionCloser: ChannelInboundHandler, Sendable {
    typealias InboundIn = NIOAny

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
