import CSnappy
import NIOCore

/// Snappy as Kafka's Java client uses it: xerial snappy-java's framed stream.
///
/// snappy-java's SnappyOutputStream writes a 16-byte header (the magic `0x82 "SNAPPY" 0x00`, then
/// big-endian int32 version 1 and compatible version 1) followed by blocks, each a big-endian int32
/// length and a raw snappy block compressed from at most 32 KiB of input. librdkafka and older
/// clients may instead send one raw snappy block, so decompression accepts both, as SnappyInputStream
/// does.
enum SnappyCodec {
    /// The first eight header bytes; the version fields that follow are not checked.
    private static let magic: [UInt8] = [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00]
    /// The magic as one word, for an eight-byte comparison in the byte order of the machine.
    private static let magicWord: UInt64 = Self.magic.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    private static let headerLength = 16
    /// snappy-java's default block size, the uncompressed bytes per block.
    private static let blockSize = 32 * 1024
    /// No snappy element expands more than a 3-byte copy of 64 bytes does (snappy
    /// format_description.txt), so a block claiming more than 22 times its size is forged.
    private static let maximumExpansion = 22

    /// Writes xerial's framed form: the header, then each 32 KiB of input as a length-prefixed block.
    static func compress(_ input: ByteBuffer) throws -> ByteBuffer {
        try input.withCompressionSource { source, count in
            let blockCount = (count + self.blockSize - 1) / self.blockSize
            let worstBlock = 4 + snappy_max_compressed_length(self.blockSize)
            var output = ByteBufferAllocator().buffer(capacity: self.headerLength + blockCount * worstBlock)
            output.writeBytes(self.magic)
            output.writeInteger(Int32(1))
            output.writeInteger(Int32(1))

            var offset = 0
            while offset < count {
                let chunk = min(self.blockSize, count - offset)
                let bound = 4 + snappy_max_compressed_length(chunk)
                try output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { space in
                    var compressedLength = space.count - 4
                    let status = snappy_compress(
                        (source + offset).assumingMemoryBound(to: CChar.self), chunk,
                        (space.baseAddress! + 4).assumingMemoryBound(to: CChar.self), &compressedLength
                    )
                    guard status == SNAPPY_OK else {
                        throw CompressionError(
                            codec: .snappy, reason: .libraryFailure("snappy_compress returned \(status)"))
                    }
                    space.storeBytes(of: UInt32(compressedLength).bigEndian, toByteOffset: 0, as: UInt32.self)
                    return 4 + compressedLength
                }
                offset += chunk
            }
            return output
        }
    }

    /// Decompresses xerial's framed form (several concatenated streams too) or one raw snappy block.
    ///
    /// A first pass reads only the framing and each block's claimed length, so a stream that is
    /// truncated or claims more than the limit is refused before any work, and the output is
    /// allocated once.
    static func decompress(_ input: ByteBuffer, limit: Int) throws -> ByteBuffer {
        try input.withUnsafeReadableBytes { source in
            var total = 0
            try self.forEachBlock(in: source) { block in
                total += try self.claimedLength(of: block, room: limit - total, limit: limit)
            }
            var output = ByteBufferAllocator().buffer(capacity: total)
            try self.forEachBlock(in: source) { block in
                try self.appendBlock(block, to: &output)
            }
            return output
        }
    }

    /// Calls `body` with each raw snappy block: the blocks of a framed stream, or the whole input.
    private static func forEachBlock(
        in source: UnsafeRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        guard self.hasHeader(source, at: 0) else {
            try body(source)
            return
        }
        var offset = 0
        while offset < source.count {
            // Concatenated SnappyOutputStream outputs repeat the header; SnappyInputStream skips
            // it. A block length can never look like it: 0x82 makes it negative.
            if self.hasHeader(source, at: offset) {
                offset += self.headerLength
                continue
            }
            guard source.count - offset >= 4 else {
                throw CompressionError.malformed(.snappy, "truncated block length")
            }
            let blockLength = Int(Int32(bigEndian: source.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
            offset += 4
            guard blockLength > 0, blockLength <= source.count - offset else {
                throw CompressionError.malformed(
                    .snappy,
                    "block length \(blockLength) with \(source.count - offset) bytes left"
                )
            }
            try body(UnsafeRawBufferPointer(rebasing: source[offset..<(offset + blockLength)]))
            offset += blockLength
        }
    }

    /// The uncompressed length a raw snappy block claims, checked against the `room` left under
    /// `limit` and against what a block of its size can possibly hold.
    private static func claimedLength(of block: UnsafeRawBufferPointer, room: Int, limit: Int) throws -> Int {
        guard let base = block.baseAddress, block.count > 0 else {
            throw CompressionError.malformed(.snappy, "empty input")
        }
        var claimed = 0
        guard snappy_uncompressed_length(base.assumingMemoryBound(to: CChar.self), block.count, &claimed) == SNAPPY_OK
        else {
            throw CompressionError.malformed(.snappy, "unreadable uncompressed length")
        }
        guard claimed <= room else {
            throw CompressionError(codec: .snappy, reason: .outputTooLarge(limit: limit))
        }
        guard claimed <= block.count * self.maximumExpansion else {
            throw CompressionError.malformed(.snappy, "block of \(block.count) bytes claims \(claimed) bytes")
        }
        return claimed
    }

    /// Whether xerial's stream header starts at `offset`. Only the magic is compared: some producers
    /// (Redpanda) write the version fields little-endian (kafka-python issue 2414).
    private static func hasHeader(_ source: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        guard source.count - offset >= self.headerLength else {
            return false
        }
        return source.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == self.magicWord
    }

    /// Uncompresses one raw snappy block, whose claimed length was checked, onto the end of `output`.
    private static func appendBlock(_ block: UnsafeRawBufferPointer, to output: inout ByteBuffer) throws {
        guard let compressed = block.baseAddress?.assumingMemoryBound(to: CChar.self) else {
            throw CompressionError.malformed(.snappy, "empty input")
        }
        var claimed = 0
        _ = snappy_uncompressed_length(compressed, block.count, &claimed)
        guard claimed > 0 else {
            // Nothing to write, and no output pointer to give; only check the block is well formed.
            guard snappy_validate_compressed_buffer(compressed, block.count) == SNAPPY_OK else {
                throw CompressionError.malformed(.snappy, "corrupt snappy block")
            }
            return
        }
        try output.writeWithUnsafeMutableBytes(minimumWritableBytes: claimed) { space in
            var produced = space.count
            let status = snappy_uncompress(
                compressed,
                block.count,
                space.baseAddress?.assumingMemoryBound(to: CChar.self),
                &produced
            )
            guard status == SNAPPY_OK, produced == claimed else {
                throw CompressionError.malformed(.snappy, "corrupt snappy block")
            }
            return produced
        }
    }
}
