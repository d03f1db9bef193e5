import NIOCore

/// The growing output of a streaming decompressor, never allowed past a byte limit.
///
/// The decompressor writes straight into the ByteBuffer's storage. The buffer starts from an
/// estimate based on the input size and doubles only as real output fills it, so memory follows
/// the bytes actually produced, never a size the input claims, and stays under twice the limit
/// (ByteBuffer rounds capacities up to powers of two). Once the buffer or the limit is reached the
/// decompressor is handed a one-byte scratch space: if it still has output to give, the buffer grows
/// or, at the limit, the limit is exceeded.
struct DecompressionOutput {
    /// The bytes decompressed so far.
    private(set) var buffer: ByteBuffer
    /// The most bytes the output may hold.
    let limit: Int
    /// The codec named in errors.
    let codec: CompressionCodec

    /// - Parameters:
    ///   - codec: The codec named in errors.
    ///   - limit: The most bytes the output may hold.
    ///   - inputBytes: The compressed size, from which the first allocation is estimated.
    init(codec: CompressionCodec, limit: Int, inputBytes: Int) {
        // Kafka batches typically compress 2-5x; start at 4x the input, at least a page.
        let (scaled, overflow) = inputBytes.multipliedReportingOverflow(by: 4)
        let estimate = min(limit, overflow ? limit : max(scaled, 4096))
        self.buffer = ByteBufferAllocator().buffer(capacity: estimate)
        self.limit = limit
        self.codec = codec
    }

    /// Grows the buffer to hold `bytes` (at most the limit) in all, for a size known to be plausible.
    mutating func reserve(_ bytes: Int) {
        self.buffer.reserveCapacity(min(bytes, self.limit))
    }

    /// Lets `body` decompress into the next free space.
    ///
    /// - Parameter body: Receives writable memory (at least one byte) and returns how many bytes
    ///   it wrote there.
    /// - Returns: The number of bytes `body` wrote.
    /// - Throws: `.outputTooLarge` if `body` writes past the limit, or what `body` throws.
    @discardableResult
    mutating func write(_ body: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Int {
        let remaining = self.limit - self.buffer.writerIndex
        guard remaining > 0, self.buffer.writableBytes > 0 else {
            // Full: probe with one byte before growing, because a decoder often needs one more call
            // to finish (a gzip trailer, a zstd checksum) that produces nothing; output that exactly
            // fills the buffer then never doubles it.
            var scratch: UInt8 = 0
            let written = try withUnsafeMutableBytes(of: &scratch) { try body($0) }
            guard written > 0 else {
                return 0
            }
            guard remaining > 0 else {
                throw CompressionError(codec: self.codec, reason: .outputTooLarge(limit: self.limit))
            }
            self.buffer.reserveCapacity(min(self.limit, max(self.buffer.capacity * 2, 4096)))
            self.buffer.writeInteger(scratch)
            return written
        }
        let window = min(self.buffer.writableBytes, remaining)
        return try self.buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 0) { space in
            try body(UnsafeMutableRawBufferPointer(rebasing: space[0..<window]))
        }
    }
}
