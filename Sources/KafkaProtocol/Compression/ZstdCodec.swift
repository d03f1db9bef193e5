import CZstd
import NIOCore

/// Zstandard frames (RFC 8878), Kafka's codec 4 since 2.1 (KIP-110).
///
/// Compression writes one frame with its content size, as librdkafka does; Kafka's zstd-jni reader
/// accepts it. Decompression streams with ZSTD_decompressStream into a bounded, growing output, so a
/// forged or absent content size never decides an allocation, and reads several frames in a row.
enum ZstdCodec {
    /// zstd's `ZSTD_CONTENTSIZE_ERROR`; `ZSTD_CONTENTSIZE_UNKNOWN` is one above it.
    private static let contentSizeError = UInt64.max - 1
    /// The largest window a frame may ask for: zstd's default limit (ZSTD_WINDOWLOG_LIMIT_DEFAULT),
    /// which Kafka's zstd-jni reader also applies. The window buffer's pages are only touched as
    /// output is produced, so resident memory still follows the output.
    private static let windowLogMaximum: Int32 = 27

    private static let compressors = CompressionContextPool<OpaquePointer>(
        create: { ZSTD_createCCtx() },
        destroy: { ZSTD_freeCCtx($0) }
    )

    private static let decompressors = CompressionContextPool<OpaquePointer>(
        create: {
            guard let context = ZSTD_createDCtx() else {
                return nil
            }
            guard ZSTD_isError(ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, ZstdCodec.windowLogMaximum)) == 0
            else {
                ZSTD_freeDCtx(context)
                return nil
            }
            return context
        },
        destroy: { ZSTD_freeDCtx($0) }
    )

    /// Compresses `input` into one zstd frame at a zstd level.
    static func compress(_ input: ByteBuffer, level: Int32) throws -> ByteBuffer {
        try self.compressors.withContext(codec: .zstd) { context in
            ZSTD_CCtx_reset(context, ZSTD_reset_session_and_parameters)
            try self.check(ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level), malformed: false)
            return try input.withCompressionSource { source, count in
                let bound = ZSTD_compressBound(count)
                var output = ByteBufferAllocator().buffer(capacity: bound)
                try output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { space in
                    let written = ZSTD_compress2(context, space.baseAddress, space.count, source, count)
                    try self.check(written, malformed: false)
                    return written
                }
                return output
            }
        }
    }

    /// Decompresses one or more zstd frames.
    static func decompress(_ input: ByteBuffer, limit: Int) throws -> ByteBuffer {
        guard input.readableBytes > 0 else {
            throw CompressionError.malformed(.zstd, "empty input")
        }
        return try input.withUnsafeReadableBytes { source in
            // A first frame that declares more than the limit is refused before any work; a size
            // that lies is caught by zstd, which checks the declared size against the output.
            let declared = ZSTD_getFrameContentSize(source.baseAddress, source.count)
            if declared < self.contentSizeError, declared > UInt64(limit) {
                throw CompressionError(codec: .zstd, reason: .outputTooLarge(limit: limit))
            }
            return try self.decompressors.withContext(codec: .zstd) { context in
                ZSTD_DCtx_reset(context, ZSTD_reset_session_only)
                var output = DecompressionOutput(codec: .zstd, limit: limit, inputBytes: source.count)
                // Most producers declare the size, so allocate it at once rather than doubling up to
                // it, unless the frame claims more than 32 times its size: a forged claim (or a rare
                // extreme ratio) only gets the ordinary estimate and grows as output really arrives.
                if declared < self.contentSizeError, declared <= UInt64(source.count) * 32 {
                    output.reserve(Int(declared))
                }
                var inBuffer = ZSTD_inBuffer(src: source.baseAddress, size: source.count, pos: 0)
                while true {
                    let consumedBefore = inBuffer.pos
                    var window = 0
                    // zstd's hint of how many bytes it wants next; 0 once a frame is complete and flushed.
                    var hint = 0
                    let produced = try output.write { space in
                        window = space.count
                        var outBuffer = ZSTD_outBuffer(dst: space.baseAddress, size: space.count, pos: 0)
                        hint = ZSTD_decompressStream(context, &outBuffer, &inBuffer)
                        try self.check(hint, malformed: true)
                        return outBuffer.pos
                    }
                    let inputLeft = inBuffer.size - inBuffer.pos
                    if hint == 0, inputLeft == 0 {
                        return output.buffer
                    }
                    if inputLeft == 0, produced < window {
                        // Room was left for output, so zstd is waiting for input that is not there.
                        throw CompressionError.malformed(.zstd, "truncated frame")
                    }
                    if inBuffer.pos == consumedBefore, produced == 0 {
                        throw CompressionError.malformed(.zstd, "decoder made no progress")
                    }
                }
            }
        }
    }

    /// Throws if `result` is a zstd error code: malformed input when decoding, a library failure
    /// when encoding. (zstd's error enum lives in zstd_errors.h, which the shim does not include,
    /// so a rare allocation failure while decoding is reported as malformed input too.)
    private static func check(_ result: Int, malformed: Bool) throws {
        guard ZSTD_isError(result) != 0 else {
            return
        }
        let name = String(cString: ZSTD_getErrorName(result))
        if malformed {
            throw CompressionError.malformed(.zstd, name)
        }
        throw CompressionError(codec: .zstd, reason: .libraryFailure(name))
    }
}
