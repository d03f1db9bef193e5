import KafkaBroker
import KafkaProtocol
import NIOCore
import NIOPosix
import Testing

/// The network layer over real sockets on 127.0.0.1: framing, ApiVersions, and that one bad
/// client never disturbs another.
@Suite struct NetworkServerTests {
    /// Starts a server with only ApiVersions (answered by the registry itself).
    static func withServer(
        maximumRequestSize: Int = 1 << 20, _ body: (NetworkServer, any EventLoopGroup) async throws -> Void
    ) async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await NetworkServer.start(
            configuration: .init(host: "127.0.0.1", port: 0, maximumRequestSize: maximumRequestSize),
            dispatcher: ApiRegistry(), group: group, log: { _ in })
        do {
            try await body(server, group)
        } catch {
            try? await server.close()
            try? await group.shutdownGracefully()
            throw error
        }
        try await server.close()
        try await group.shutdownGracefully()
    }

    @Test("ApiVersions v0 and v3 are answered with the served table and header v0")
    func apiVersions() async throws {
        try await Self.withServer { server, group in
            let client = try await TestClient.connect(port: server.localPort, group: group)
            for version: Int16 in [0, 3] {
                let request = ApiVersionsRequest(clientSoftwareName: "test", clientSoftwareVersion: "1.0")
                let frame = try await client.roundTrip(try request.encodeFrame(version: version, correlationId: 7, clientId: "t"))
                let (correlationId, response) = try ApiVersionsResponse.decodeFrame(frame, version: version)
                #expect(correlationId == 7)
                #expect(response.errorCode == ErrorCode.none.rawValue)
                #expect(response.apiKeys.find(apiKey: ApiKey.apiVersions.rawValue)?.maxVersion == 4)
            }
            try await client.close()
        }
    }

    @Test("an unsupported ApiVersions version gets UNSUPPORTED_VERSION in a v0 response")
    func unsupportedApiVersionsVersion() async throws {
        try await Self.withServer { server, group in
            let client = try await TestClient.connect(port: server.localPort, group: group)
            // A v9 request: flexible header (v2), empty flexible body.
            var frame = ByteBuffer()
            frame.writeInteger(Int32(0))
            frame.writeInteger(ApiKey.apiVersions.rawValue)
            frame.writeInteger(Int16(9))
            frame.writeInteger(Int32(41))
            frame.writeInteger(Int16(-1))
            frame.writeBytes([0, 0])
            frame.setInteger(Int32(frame.readableBytes - 4), at: 0)
            let reply = try await client.roundTrip(ProtocolWriter(buffer: frame))
            let (correlationId, response) = try ApiVersionsResponse.decodeFrame(reply, version: 0)
            #expect(correlationId == 41)
            #expect(response.errorCode == ErrorCode.unsupportedVersion.rawValue)
            #expect(!response.apiKeys.isEmpty)
            try await client.close()
        }
    }

    @Test("invalid client software names get INVALID_REQUEST")
    func invalidSoftwareName() async throws {
        try await Self.withServer { server, group in
            let client = try await TestClient.connect(port: server.localPort, group: group)
            let request = ApiVersionsRequest(clientSoftwareName: "bad name!", clientSoftwareVersion: "1")
            let frame = try await client.roundTrip(try request.encodeFrame(version: 3, correlationId: 1, clientId: nil))
            #expect(try ApiVersionsResponse.decodeFrame(frame, version: 3).response.errorCode == ErrorCode.invalidRequest.rawValue)
            try await client.close()
        }
    }

    @Test("pipelined requests are answered in order")
    func pipelining() async throws {
        try await Self.withServer { server, group in
            let client = try await TestClient.connect(port: server.localPort, group: group)
            var batch = ByteBuffer()
            for id in 0..<50 {
                batch.writeImmutableBuffer(try ApiVersionsRequest().encodeFrame(version: 0, correlationId: Int32(id), clientId: nil).contiguousBuffer())
            }
            try await client.send(batch)
            for id in 0..<50 {
                let reply = try await client.nextFrame()
                #expect(try ApiVersionsResponse.decodeFrame(reply, version: 0).correlationId == Int32(id))
            }
            try await client.close()
        }
    }

    @Test("bad frames close only their own connection", arguments: BadInput.allCases)
    func badInputClosesOnlyThatConnection(_ input: BadInput) async throws {
        try await Self.withServer(maximumRequestSize: 4096) { server, group in
            let victim = try await TestClient.connect(port: server.localPort, group: group)
            let bystander = try await TestClient.connect(port: server.localPort, group: group)
            try await victim.send(input.bytes)
            try await victim.waitUntilClosed()
            let reply = try await bystander.roundTrip(try ApiVersionsRequest().encodeFrame(version: 0, correlationId: 5, clientId: nil))
            #expect(try ApiVersionsResponse.decodeFrame(reply, version: 0).correlationId == 5)
            try await bystander.close()
        }
    }

    enum BadInput: CaseIterable, Sendable {
        case oversizedFrame, negativeSize, unknownApiKey, truncatedHeader, randomBody

        var bytes: ByteBuffer {
            var buffer = ByteBuffer()
            switch self {
            case .oversizedFrame:
                buffer.writeInteger(Int32(1 << 30))
            case .negativeSize:
                buffer.writeInteger(Int32(-5))
            case .unknownApiKey:
                buffer.writeInteger(Int32(10))
                buffer.writeInteger(Int16(999))
                buffer.writeInteger(Int16(0))
                buffer.writeInteger(Int32(1))
                buffer.writeInteger(Int16(-1))
            case .truncatedHeader:
                buffer.writeInteger(Int32(3))
                buffer.writeBytes([0, 18, 0])
            case .randomBody:
                // Metadata v1 header followed by noise the body decoder must reject.
                buffer.writeInteger(Int32(18))
                buffer.writeInteger(ApiKey.apiVersions.rawValue)
                buffer.writeInteger(Int16(3))
                buffer.writeInteger(Int32(1))
                buffer.writeInteger(Int16(-1))
                buffer.writeBytes([0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2])
            }
            return buffer
        }
    }
}

/// A minimal framed client for the tests: send bytes, read size-prefixed frames.
final class TestClient: @unchecked Sendable {
    let channel: any Channel
    // Used by one test task at a time.
    private var frames: AsyncThrowingStream<ByteBuffer, any Error>.Iterator

    private init(channel: any Channel, frames: AsyncThrowingStream<ByteBuffer, any Error>) {
        self.channel = channel
        self.frames = frames.makeAsyncIterator()
    }

    static func connect(port: Int, group: any EventLoopGroup) async throws -> TestClient {
        let (stream, continuation) = AsyncThrowingStream<ByteBuffer, any Error>.makeStream()
        let channel = try await ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(KafkaFrameDecoder(maximumFrameSize: 1 << 24)))
                    try channel.pipeline.syncOperations.addHandler(FrameCollector(continuation: continuation))
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        return TestClient(channel: channel, frames: stream)
    }

    func send(_ bytes: ByteBuffer) async throws {
        try await self.channel.writeAndFlush(bytes)
    }

    func nextFrame() async throws -> ByteBuffer {
        guard let frame = try await self.frames.next() else { throw ConnectionClosed() }
        return frame
    }

    func roundTrip(_ request: ProtocolWriter) async throws -> ByteBuffer {
        try await self.send(try request.contiguousBuffer())
        return try await self.nextFrame()
    }

    /// Returns when the server has closed the connection (the frame stream ends or fails).
    func waitUntilClosed() async throws {
        do {
            while try await self.frames.next() != nil {}
        } catch {}
    }

    func close() async throws {
        try await self.channel.close()
    }

    struct ConnectionClosed: Error {}
}

/// Passes decoded frames to an async stream, ending it when the connection closes.
final class FrameCollector: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    let continuation: AsyncThrowingStream<ByteBuffer, any Error>.Continuation

    init(continuation: AsyncThrowingStream<ByteBuffer, any Error>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        self.continuation.yield(Self.unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.continuation.finish()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        self.continuation.finish(throwing: error)
        context.close(promise: nil)
    }
}
