import KafkaProtocol
import NIOCore

/// Splits a connection's bytes into request frames: an INT32 size, then that many bytes.
///
/// Sizes are checked before anything is buffered beyond the 4-byte prefix, so a client cannot make
/// the broker hold more than `maximumFrameSize` bytes for one request (`socket.request.max.bytes`,
/// Kafka NetworkReceive.java). A negative or oversized prefix is a protocol violation: the decoder
/// throws and the connection is closed, as Kafka's SocketServer does.
public struct KafkaFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = ByteBuffer

    /// Thrown for a size prefix outside 0...maximumFrameSize.
    public struct InvalidFrameSize: Error, Equatable {
        public var size: Int32
        public var maximum: Int
    }

    public let maximumFrameSize: Int

    public init(maximumFrameSize: Int) {
        self.maximumFrameSize = maximumFrameSize
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try self.nextFrame(from: &buffer) else { return .needMoreData }
        context.fireChannelRead(Self.wrapInboundOut(frame))
        return .continue
    }

    /// The next complete frame without its size prefix, or nil when more bytes are needed.
    public func nextFrame(from buffer: inout ByteBuffer) throws -> ByteBuffer? {
        guard let size = buffer.getInteger(at: buffer.readerIndex, as: Int32.self) else { return nil }
        guard size >= 0, Int(size) <= self.maximumFrameSize else {
            throw InvalidFrameSize(size: size, maximum: self.maximumFrameSize)
        }
        guard buffer.readableBytes >= 4 + Int(size) else { return nil }
        buffer.moveReaderIndex(forwardBy: 4)
        return buffer.readSlice(length: Int(size))
    }
}
