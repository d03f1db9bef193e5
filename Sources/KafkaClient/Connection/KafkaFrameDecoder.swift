import KafkaProtocol
import NIOCore

/// Splits a byte stream into Kafka frames: a 4-byte big-endian size, then that many bytes.
///
/// Each frame is passed on without its size prefix (what `KafkaResponse.decodeFrame` expects).
/// A size below zero or above `maximumFrameSize` is an error that closes the connection, as Kafka's
/// NetworkReceive.java does with `InvalidReceiveException`, so a hostile or confused peer cannot
/// make us allocate without bound.
public struct KafkaFrameDecoder: ByteToMessageDecoder, Sendable {
    public typealias InboundOut = ByteBuffer

    /// The largest frame accepted, in bytes, size prefix excluded.
    public let maximumFrameSize: Int

    public init(maximumFrameSize: Int) {
        self.maximumFrameSize = maximumFrameSize
    }

    /// Takes one complete frame off the front of `buffer`, or nil when more bytes are needed.
    /// Pure, so the framing is testable without a channel; the reader index moves only when a
    /// whole frame is returned.
    /// - Throws: `KafkaFrameError` for a negative size or one above `maximumFrameSize`.
    public static func readFrame(from buffer: inout ByteBuffer, maximumFrameSize: Int) throws -> ByteBuffer? {
        guard let size = buffer.getInteger(at: buffer.readerIndex, as: Int32.self) else { return nil }
        guard size >= 0 else { throw KafkaFrameError.negativeSize(size) }
        guard Int(size) <= maximumFrameSize else {
            throw KafkaFrameError.tooLarge(size: Int(size), maximum: maximumFrameSize)
        }
        guard buffer.readableBytes >= 4 + Int(size) else { return nil }
        buffer.moveReaderIndex(forwardBy: 4)
        return buffer.readSlice(length: Int(size))
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try Self.readFrame(from: &buffer, maximumFrameSize: self.maximumFrameSize) else {
            return .needMoreData
        }
        context.fireChannelRead(Self.wrapInboundOut(frame))
        return .continue
    }

    public mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        // A partial frame at EOF is simply dropped: the connection is gone and its pending
        // requests fail with the close.
        while try self.decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
