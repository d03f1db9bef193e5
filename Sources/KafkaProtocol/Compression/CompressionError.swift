/// Why a codec could not compress or decompress bytes.
///
/// Decompression sees hostile input (a producer's batch, a corrupt segment), so every failure is a
/// thrown `CompressionError` the caller maps to a Kafka error code (CORRUPT_MESSAGE, or
/// RECORD_TOO_LARGE for `outputTooLarge`), never a trap.
public struct CompressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Equatable, Sendable, CustomStringConvertible {
        /// The input is not valid data for the codec: truncated, corrupt, bad magic or checksum.
        case malformedInput(String)
        /// Decompressing would produce more than `limit` bytes; decompression stopped at the limit.
        case outputTooLarge(limit: Int)
        /// The compression level is outside the range Kafka accepts for the codec (KIP-390).
        case invalidLevel(Int)
        /// The input is larger than any Kafka batch can be (its size must fit an int32).
        case inputTooLarge(size: Int)
        /// The library failed for a reason that is not the input's fault (out of memory).
        case libraryFailure(String)

        public var description: String {
            switch self {
            case .malformedInput(let detail):
                return "malformed input: \(detail)"
            case .outputTooLarge(let limit):
                return "decompressed data exceeds the limit of \(limit) bytes"
            case .invalidLevel(let level):
                return "unsupported compression level \(level)"
            case .inputTooLarge(let size):
                return "input of \(size) bytes is too large to compress"
            case .libraryFailure(let detail):
                return "library failure: \(detail)"
            }
        }
    }

    /// The codec that failed.
    public var codec: CompressionCodec
    /// What went wrong.
    public var reason: Reason

    public init(codec: CompressionCodec, reason: Reason) {
        self.codec = codec
        self.reason = reason
    }

    public var description: String {
        "\(self.codec.name) \(self.reason)"
    }
}

extension CompressionError {
    /// Shorthand for a `.malformedInput` error.
    static func malformed(_ codec: CompressionCodec, _ detail: String) -> CompressionError {
        CompressionError(codec: codec, reason: .malformedInput(detail))
    }
}
