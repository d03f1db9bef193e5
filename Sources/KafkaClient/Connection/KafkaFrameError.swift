/// Why a frame was rejected by `KafkaFrameDecoder`.
public enum KafkaFrameError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The size prefix was negative.
    case negativeSize(Int32)
    /// The size prefix exceeded the configured maximum.
    case tooLarge(size: Int, maximum: Int)

    public var description: String {
        switch self {
        case .negativeSize(let size): return "invalid frame size \(size)"
        case .tooLarge(let size, let maximum): return "frame of \(size) bytes exceeds the maximum of \(maximum)"
        }
    }
}
