import CZstd
import NIOCore

/// Kafka's compression codecs, by their attribute value in a record batch (bits 0-2).
///
/// The raw value is the codec id Kafka keeps in the low three bits of a magic-2 batch's attributes
/// and of a magic-0/1 wrapper message's attributes (Kafka CompressionType.java). Every codec writes
/// the exact format Kafka's Java client writes, and reads what Kafka, librdkafka and kafka-python write.
public enum CompressionCodec: Int8, Sendable, CaseIterable {
    case none = 0
    case gzip = 1
    case snappy = 2
    case lz4 = 3
    case zstd = 4
}

extension CompressionCodec {
    /// Kafka's `compression.type` name of the codec.
    public var name: String {
        switch self {
        case .none: return "none"
        case .gzip: return "gzip"
        case .snappy: return "snappy"
        case .lz4: return "lz4"
        case .zstd: return "zstd"
        }
    }

    /// The codec with Kafka's `compression.type` name, which is case-sensitive as in Kafka
    /// (CompressionType.forName); nil for anything else.
    public init?(name: String) {
        guard let codec = Self.allCases.first(where: { $0.name == name }) else {
            return nil
        }
        self = codec
    }

    /// Compresses the readable bytes. `.none` returns the input unchanged. level nil = the codec's Kafka default.
    ///
    /// The output is the frame Kafka's Java client writes: gzip (RFC 1952), xerial snappy-java's
    /// framed stream, an LZ4 frame of independent 64 KiB blocks, or a zstd frame.
    ///
    /// - Parameters:
    ///   - input: The bytes to compress; the reader index does not move.
    ///   - level: A level in Kafka's range for the codec (KIP-390): gzip 1...9 or -1, lz4 1...17,
    ///     zstd -131072...22. Ignored by `.none` and `.snappy`, which have no levels.
    /// - Returns: A new buffer holding the compressed bytes.
    /// - Throws: `CompressionError` with `.invalidLevel`, `.inputTooLarge` (over 2 GiB) or
    ///   `.libraryFailure`.
    public func compress(_ input: ByteBuffer, level: Int? = nil) throws -> ByteBuffer {
        guard self != .none else {
            return input
        }
        guard input.readableBytes <= Self.maximumBytes else {
            throw CompressionError(codec: self, reason: .inputTooLarge(size: input.readableBytes))
        }
        switch self {
        case .none:
            return input
        case .gzip:
            return try GzipCodec.compress(input, level: try self.libraryLevel(forKafkaLevel: level))
        case .snappy:
            return try SnappyCodec.compress(input)
        case .lz4:
            return try LZ4Codec.compress(input, level: try self.libraryLevel(forKafkaLevel: level))
        case .zstd:
            return try ZstdCodec.compress(input, level: try self.libraryLevel(forKafkaLevel: level))
        }
    }

    /// Decompresses; throws CompressionError if the input is malformed or the output would exceed maxOutputBytes.
    ///
    /// Memory grows with the bytes actually produced, never with a size the input claims, and stays
    /// within about twice `maxOutputBytes` however the input is forged.
    ///
    /// - Parameters:
    ///   - input: The compressed bytes; the reader index does not move. gzip accepts concatenated
    ///     members, lz4 and zstd concatenated frames, snappy both xerial's framed stream and raw snappy.
    ///   - maxOutputBytes: The most bytes the result may hold (at most 2 GiB is ever produced).
    /// - Returns: A new buffer holding the decompressed bytes (`.none` returns the input).
    /// - Throws: `CompressionError` with `.malformedInput`, `.outputTooLarge` or `.libraryFailure`.
    public func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws -> ByteBuffer {
        let limit = min(max(maxOutputBytes, 0), Self.maximumBytes)
        switch self {
        case .none:
            guard input.readableBytes <= limit else {
                throw CompressionError(codec: self, reason: .outputTooLarge(limit: limit))
            }
            return input
        case .gzip:
            return try GzipCodec.decompress(input, limit: limit)
        case .snappy:
            return try SnappyCodec.decompress(input, limit: limit)
        case .lz4:
            return try LZ4Codec.decompress(input, limit: limit)
        case .zstd:
            return try ZstdCodec.decompress(input, limit: limit)
        }
    }

    /// The largest input compressed and output produced: Kafka sizes are int32, and a ByteBuffer
    /// cannot hold more than 4 GiB anyway.
    static let maximumBytes = Int(Int32.max)

    /// Translates a Kafka compression level into the library's level, validating it as Kafka's
    /// `Compression.Builder.level` does (KIP-390).
    ///
    /// - Returns: The level to pass to zlib, LZ4F or zstd; 0 for codecs without levels.
    /// - Throws: `.invalidLevel` when Kafka would refuse the level.
    func libraryLevel(forKafkaLevel level: Int?) throws -> Int32 {
        switch self {
        case .none, .snappy:
            return 0
        case .gzip:
            // Kafka GzipCompression: 1...9, or -1 for Deflater.DEFAULT_COMPRESSION (zlib's level 6).
            guard let level, level != -1 else {
                return -1
            }
            guard (1...9).contains(level) else {
                throw CompressionError(codec: self, reason: .invalidLevel(level))
            }
            return Int32(level)
        case .lz4:
            // Kafka Lz4Compression: 1...17, default 9. At the default Kafka's Lz4BlockOutputStream uses
            // lz4-java's fast compressor (LZ4F level 0 here); any other level runs LZ4HC, whose lowest
            // level in LZ4F is 3 and which caps levels above 12.
            guard let level, level != 9 else {
                return 0
            }
            guard (1...17).contains(level) else {
                throw CompressionError(codec: self, reason: .invalidLevel(level))
            }
            return Int32(max(level, 3))
        case .zstd:
            // Kafka ZstdCompression: the library's own range, default 3 (ZSTD_CLEVEL_DEFAULT).
            guard let level else {
                return 3
            }
            guard level >= Int(ZSTD_minCLevel()), level <= Int(ZSTD_maxCLevel()) else {
                throw CompressionError(codec: self, reason: .invalidLevel(level))
            }
            return Int32(level)
        }
    }
}
