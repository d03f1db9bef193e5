import CZlib
import NIOCore

/// gzip (RFC 1952) through zlib: what Kafka's GZIPOutputStream writes and GZIPInputStream reads.
enum GzipCodec {
    /// zlib's window bits (32 KiB, the maximum) plus 16, which selects the gzip wrapper.
    private static let gzipWindowBits: Int32 = 15 + 16

    private static let deflaters = CompressionContextPool<UnsafeMutablePointer<z_stream>>(
        create: {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            let status = deflateInit2_(
                stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, GzipCodec.gzipWindowBits, 8, Z_DEFAULT_STRATEGY,
                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)
            )
            guard status == Z_OK else {
                stream.deallocate()
                return nil
            }
            return stream
        },
        destroy: { stream in
            deflateEnd(stream)
            stream.deallocate()
        }
    )

    private static let inflaters = CompressionContextPool<UnsafeMutablePointer<z_stream>>(
        create: {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard
                inflateInit2_(stream, GzipCodec.gzipWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                    == Z_OK
            else {
                stream.deallocate()
                return nil
            }
            return stream
        },
        destroy: { stream in
            inflateEnd(stream)
            stream.deallocate()
        }
    )

    /// Compresses `input` into one gzip member in a single deflate call.
    ///
    /// - Parameter level: A zlib level, -1 for zlib's default.
    static func compress(_ input: ByteBuffer, level: Int32) throws -> ByteBuffer {
        try self.deflaters.withContext(codec: .gzip) { stream in
            // deflateParams right after deflateReset only records the level (zlib 1.2.12+), so
            // one pooled stream serves every level.
            guard deflateReset(stream) == Z_OK, deflateParams(stream, level, Z_DEFAULT_STRATEGY) == Z_OK else {
                throw CompressionError(codec: .gzip, reason: .libraryFailure("cannot reset the deflate stream"))
            }
            return try input.withCompressionSource { source, count in
                let bound = Int(deflateBound(stream, uLong(count)))
                var output = ByteBufferAllocator().buffer(capacity: bound)
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.assumingMemoryBound(to: Bytef.self))
                stream.pointee.avail_in = uInt(count)
                var status = Z_OK
                // deflateBound is exact enough that one call finishes; the loop only guards against
                // a zlib that disagrees.
                while status == Z_OK {
                    try output.writeWithUnsafeMutableBytes(minimumWritableBytes: max(bound / 4, 64)) { space in
                        stream.pointee.next_out = space.baseAddress?.assumingMemoryBound(to: Bytef.self)
                        stream.pointee.avail_out = uInt(space.count)
                        status = deflate(stream, Z_FINISH)
                        guard status == Z_OK || status == Z_STREAM_END else {
                            throw CompressionError(codec: .gzip, reason: .libraryFailure("deflate returned \(status)"))
                        }
                        return space.count - Int(stream.pointee.avail_out)
                    }
                }
                return output
            }
        }
    }

    /// Decompresses one or more concatenated gzip members (RFC 1952 2.2), as GZIPInputStream does.
    ///
    /// Unlike GZIPInputStream, bytes after the last member that are not another member are an
    /// error rather than silently dropped.
    static func decompress(_ input: ByteBuffer, limit: Int) throws -> ByteBuffer {
        guard input.readableBytes > 0 else {
            throw CompressionError.malformed(.gzip, "empty input")
        }
        return try self.inflaters.withContext(codec: .gzip) { stream in
            guard inflateReset(stream) == Z_OK else {
                throw CompressionError(codec: .gzip, reason: .libraryFailure("cannot reset the inflate stream"))
            }
            return try input.withCompressionSource { source, count in
                var output = DecompressionOutput(codec: .gzip, limit: limit, inputBytes: count)
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.assumingMemoryBound(to: Bytef.self))
                stream.pointee.avail_in = uInt(count)
                while true {
                    var status = Z_OK
                    try output.write { space in
                        stream.pointee.next_out = space.baseAddress?.assumingMemoryBound(to: Bytef.self)
                        stream.pointee.avail_out = uInt(space.count)
                        status = inflate(stream, Z_NO_FLUSH)
                        return space.count - Int(stream.pointee.avail_out)
                    }
                    switch status {
                    case Z_OK:
                        continue
                    case Z_STREAM_END:
                        if stream.pointee.avail_in == 0 {
                            return output.buffer
                        }
                        // Another member follows.
                        guard inflateReset(stream) == Z_OK else {
                            throw CompressionError(
                                codec: .gzip, reason: .libraryFailure("cannot reset the inflate stream"))
                        }
                    case Z_BUF_ERROR:
                        // There was room for output, so zlib is waiting for input that is not there.
                        throw CompressionError.malformed(.gzip, "truncated gzip member")
                    case Z_NEED_DICT:
                        throw CompressionError.malformed(.gzip, "deflate stream needs a preset dictionary")
                    case Z_DATA_ERROR:
                        let detail = stream.pointee.msg.map { String(cString: $0) } ?? "corrupt deflate data"
                        throw CompressionError.malformed(.gzip, detail)
                    case Z_MEM_ERROR:
                        throw CompressionError(codec: .gzip, reason: .libraryFailure("out of memory"))
                    default:
                        throw CompressionError(codec: .gzip, reason: .libraryFailure("inflate returned \(status)"))
                    }
                }
            }
        }
    }
}
