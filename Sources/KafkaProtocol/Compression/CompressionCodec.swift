// TEMPORARY stand-in, replaced on merge.
//
// The real codecs are written in the compression branch with exactly this API. This file only lets
// the records branch compile: `.none` is the identity, every other codec throws an "unavailable"
// `CompressionError` whose description contains "TEMPORARY stand-in", which the record tests use to
// skip compressed cases until the real codecs land.

import NIOCore

/// The compression codec of a record batch (attributes bits 0-2; Kafka CompressionType.java).
public enum CompressionCodec: Int8, Sendable, CaseIterable {
    case none = 0
    case gzip = 1
    case snappy = 2
    case lz4 = 3
    case zstd = 4
}

extension CompressionCodec {
    /// Kafka's configuration name of the codec (`compression.type`).
    public var name: String {
        switch self {
        case .none: return "none"
        case .gzip: return "gzip"
        case .snappy: return "snappy"
        case .lz4: return "lz4"
        case .zstd: return "zstd"
        }
    }

    /// Compresses the readable bytes of `input`. Stand-in: identity for `.none`, otherwise throws.
    public func compress(_ input: ByteBuffer, level: Int? = nil) throws -> ByteBuffer {
        guard self == .none else { throw CompressionError(codec: self, reason: "unavailable") }
        return input
    }

    /// Decompresses the readable bytes of `input`, producing at most `maxOutputBytes`.
    /// Stand-in: identity for `.none` (bounded), otherwise throws.
    public func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws -> ByteBuffer {
        guard self == .none else { throw CompressionError(codec: self, reason: "unavailable") }
        guard input.readableBytes <= maxOutputBytes else {
            throw CompressionError(codec: self, reason: "output exceeds \(maxOutputBytes) bytes")
        }
        return input
    }
}

/// Why a block could not be compressed or decompressed (stand-in).
public struct CompressionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var codec: CompressionCodec
    public var reason: String

    public init(codec: CompressionCodec, reason: String) {
        self.codec = codec
        self.reason = reason
    }

    public var description: String { "\(self.codec.name): \(self.reason) (TEMPORARY stand-in)" }
}
