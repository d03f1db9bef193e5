import CLZ4
import NIOCore

/// LZ4 in the standard frame format, which Kafka uses from magic 1 on (KIP-57).
///
/// Compression writes what Kafka's Lz4BlockOutputStream writes: independent blocks of at most
/// 64 KiB, no block or content checksum, no content size. Kafka's reader refuses linked blocks,
/// so those are never written; decompression accepts any valid frame (linked blocks, checksums,
/// content size, skippable frames, several frames in a row), as librdkafka does. Besides the
/// bounded output, LZ4F holds at most two blocks of its own (8 MiB for 4 MiB blocks).
enum LZ4Codec {
    private static let frameMagic: UInt32 = 0x184D_2204

    private static let decompressors = CompressionContextPool<OpaquePointer>(
        create: {
            var context: OpaquePointer?
            guard LZ4F_isError(LZ4F_createDecompressionContext(&context, UInt32(LZ4F_VERSION))) == 0 else {
                return nil
            }
            return context
        },
        destroy: { context in
            LZ4F_freeDecompressionContext(context)
        }
    )

    /// Compresses `input` into one LZ4 frame.
    ///
    /// - Parameter level: An LZ4F level: 0 for the fast compressor, 3...12 for LZ4HC.
    static func compress(_ input: ByteBuffer, level: Int32) throws -> ByteBuffer {
        var preferences = LZ4F_preferences_t()
        preferences.frameInfo.blockSizeID = LZ4F_max64KB
        preferences.frameInfo.blockMode = LZ4F_blockIndependent
        preferences.frameInfo.contentChecksumFlag = LZ4F_noContentChecksum
        preferences.frameInfo.blockChecksumFlag = LZ4F_noBlockChecksum
        preferences.compressionLevel = level
        return try input.withCompressionSource { source, count in
            let bound = LZ4F_compressFrameBound(count, &preferences)
            var output = ByteBufferAllocator().buffer(capacity: bound)
            try output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { space in
                let written = LZ4F_compressFrame(space.baseAddress, space.count, source, count, &preferences)
                guard LZ4F_isError(written) == 0 else {
                    throw CompressionError(
                        codec: .lz4, reason: .libraryFailure(String(cString: LZ4F_getErrorName(written))))
                }
                return written
            }
            return output
        }
    }

    /// Decompresses one or more LZ4 frames, writing straight into the output with a bounded window.
    static func decompress(_ input: ByteBuffer, limit: Int) throws -> ByteBuffer {
        guard input.readableBytes > 0 else {
            throw CompressionError.malformed(.lz4, "empty input")
        }
        return try self.decompressors.withContext(codec: .lz4) { context in
            LZ4F_resetDecompressionContext(context)
            return try input.withUnsafeReadableBytes { source in
                var output = DecompressionOutput(codec: .lz4, limit: limit, inputBytes: source.count)
                var offset = 0
                // LZ4F's hint of how many bytes it wants next; 0 once a frame is complete.
                var hint = 0
                repeat {
                    if hint == 0, let header = self.repairedLegacyHeader(source, at: offset) {
                        try self.feedHeader(header, to: context)
                        offset += header.count
                    }
                    var window = 0
                    var consumed = 0
                    let produced = try output.write { space in
                        window = space.count
                        var outputSize = space.count
                        consumed = source.count - offset
                        let result = LZ4F_decompress(
                            context, space.baseAddress, &outputSize, source.baseAddress! + offset, &consumed, nil
                        )
                        guard LZ4F_isError(result) == 0 else {
                            throw CompressionError.malformed(.lz4, String(cString: LZ4F_getErrorName(result)))
                        }
                        hint = result
                        return outputSize
                    }
                    offset += consumed
                    if hint != 0, offset == source.count, produced < window {
                        // Room was left for output, so LZ4F is waiting for input that is not there.
                        throw CompressionError.malformed(.lz4, "truncated frame")
                    }
                    if consumed == 0, produced == 0, hint != 0 {
                        throw CompressionError.malformed(.lz4, "decoder made no progress")
                    }
                } while offset < source.count || hint != 0
                return output.buffer
            }
        }
    }

    /// Kafka before 0.10 computed the frame header checksum over the magic number too (KAFKA-3160),
    /// and magic-0 message sets still carry such frames. When the header at `offset` has that checksum
    /// (and not the correct one), returns the header with the checksum corrected; otherwise nil.
    private static func repairedLegacyHeader(_ source: UnsafeRawBufferPointer, at offset: Int) -> [UInt8]? {
        guard source.count - offset >= 7,
            UInt32(littleEndian: source.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) == self.frameMagic
        else {
            return nil
        }
        let flags = source[offset + 4]
        // FLG, BD, then an 8-byte content size and a 4-byte dictionary id when their flags are set.
        let descriptorLength = 2 + (flags & 0x08 != 0 ? 8 : 0) + (flags & 0x01 != 0 ? 4 : 0)
        let checksumOffset = offset + 4 + descriptorLength
        guard checksumOffset < source.count else {
            return nil
        }
        let stored = source[checksumOffset]
        let descriptor = UnsafeRawBufferPointer(rebasing: source[(offset + 4)..<checksumOffset])
        let correct = UInt8(truncatingIfNeeded: XXHash32.hash(descriptor) >> 8)
        guard stored != correct else {
            return nil
        }
        let withMagic = UnsafeRawBufferPointer(rebasing: source[offset..<checksumOffset])
        guard stored == UInt8(truncatingIfNeeded: XXHash32.hash(withMagic) >> 8) else {
            return nil
        }
        return Array(withMagic) + [correct]
    }

    /// Passes a complete frame header to LZ4F, which consumes it without producing output.
    private static func feedHeader(_ header: [UInt8], to context: OpaquePointer) throws {
        try header.withUnsafeBytes { bytes in
            var scratch: UInt8 = 0
            try withUnsafeMutableBytes(of: &scratch) { space in
                var outputSize = 0
                var consumed = bytes.count
                let result = LZ4F_decompress(context, space.baseAddress, &outputSize, bytes.baseAddress, &consumed, nil)
                guard LZ4F_isError(result) == 0, consumed == bytes.count else {
                    throw CompressionError.malformed(.lz4, "invalid frame header")
                }
            }
        }
    }
}
