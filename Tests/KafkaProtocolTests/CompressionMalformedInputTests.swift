import KafkaProtocol
import NIOCore
import Testing

/// Hostile input must come back as a thrown `CompressionError`: never a crash, a hang, another
/// error type, or output past the limit.
@Suite struct CompressionMalformedInputTests {
    static let codecs: [CompressionCodec] = [.gzip, .snappy, .lz4, .zstd]
    static let mebibyte = 1 << 20

    /// Decompresses, requiring either success within the limit or a `CompressionError`.
    static func decompressOrThrow(
        _ codec: CompressionCodec,
        _ input: ByteBuffer,
        maxOutputBytes: Int
    ) -> Result<ByteBuffer, CompressionError>? {
        do {
            let output = try codec.decompress(input, maxOutputBytes: maxOutputBytes)
            #expect(output.readableBytes <= maxOutputBytes)
            return .success(output)
        } catch let error as CompressionError {
            #expect(error.codec == codec)
            return .failure(error)
        } catch {
            Issue.record("\(codec) threw \(error), not a CompressionError")
            return nil
        }
    }

    /// Where snappy's framed stream may legitimately end: after the header and after each block.
    static func snappyBlockBoundaries(_ framed: ByteBuffer) -> Set<Int> {
        var boundaries: Set<Int> = [16]
        var offset = 16
        while let length = framed.getInteger(at: framed.readerIndex + offset, as: Int32.self) {
            offset += 4 + Int(length)
            boundaries.insert(offset)
        }
        return boundaries
    }

    @Test("every truncated prefix of a compressed input throws", arguments: codecs)
    func truncation(codec: CompressionCodec) throws {
        let inputs = [
            CompressionSample.generate(.records, count: 1_000),
            CompressionSample.generate(.random, count: 300),
            CompressionSample.generate(.records, count: 40_000),
        ]
        for input in inputs {
            let compressed = try codec.compress(input)
            let boundaries = codec == .snappy ? Self.snappyBlockBoundaries(compressed) : []
            for length in 0..<compressed.readableBytes {
                let prefix = compressed.getSlice(at: compressed.readerIndex, length: length)!
                let result = Self.decompressOrThrow(codec, prefix, maxOutputBytes: input.readableBytes)
                if boundaries.contains(length) {
                    // A framed snappy stream cut after a block is a valid stream of fewer blocks.
                    guard case .success(let output) = result else {
                        Issue.record("\(codec) prefix of \(length) bytes ends on a block boundary yet failed")
                        continue
                    }
                    #expect(output == input.getSlice(at: 0, length: output.readableBytes))
                } else if case .success = result {
                    Issue.record("\(codec) accepted a prefix of \(length) of \(compressed.readableBytes) bytes")
                }
            }
        }
    }

    @Test("every truncated prefix of a raw snappy block throws")
    func rawSnappyTruncation() throws {
        let input = CompressionSample.generate(.records, count: 5_000)
        let framed = try CompressionCodec.snappy.compress(input)
        // The framed stream's only block is a raw snappy block, as librdkafka sends it.
        let blockLength = Int(framed.getInteger(at: 16, as: Int32.self)!)
        let raw = framed.getSlice(at: 20, length: blockLength)!
        #expect(try CompressionCodec.snappy.decompress(raw, maxOutputBytes: 5_000) == input)
        for length in 0..<blockLength {
            let prefix = raw.getSlice(at: 0, length: length)!
            if case .success = Self.decompressOrThrow(.snappy, prefix, maxOutputBytes: 5_000) {
                Issue.record("accepted a prefix of \(length) of \(blockLength) bytes")
            }
        }
    }

    @Test("random bytes throw", arguments: codecs)
    func randomBytes(codec: CompressionCodec) {
        var generator = SplitMix64(seed: 7 &+ UInt64(codec.rawValue))
        for round in 0..<400 {
            // Every short length once, then random ones. A lone 0x00 is a valid empty raw snappy
            // block, so snappy gets at least 16 bytes.
            var length = round < 20 ? round : Int.random(in: 0...2_000, using: &generator)
            if codec == .snappy {
                length = Int.random(in: 16...2_000, using: &generator)
            }
            let input = ByteBuffer(bytes: (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
            if case .success = Self.decompressOrThrow(codec, input, maxOutputBytes: Self.mebibyte) {
                Issue.record("\(codec) accepted \(length) random bytes")
            }
        }
    }

    @Test("random bytes after a valid magic number never crash", arguments: codecs)
    func randomBytesAfterMagic(codec: CompressionCodec) {
        let magic: [UInt8]
        switch codec {
        case .gzip: magic = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]
        case .snappy: magic = [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]
        case .lz4: magic = [0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, 0x82]
        case .zstd: magic = [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x38]
        case .none: magic = []
        }
        var generator = SplitMix64(seed: 11 &+ UInt64(codec.rawValue))
        var failures = 0
        for _ in 0..<400 {
            let length = Int.random(in: 0...2_000, using: &generator)
            let input = ByteBuffer(
                bytes: magic + (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
            if case .failure = Self.decompressOrThrow(codec, input, maxOutputBytes: Self.mebibyte) {
                failures += 1
            }
        }
        #expect(failures > 350, "almost all random bodies are rejected")
    }

    @Test("flipped bits either throw or decompress within the limit, never crash", arguments: codecs)
    func bitFlips(codec: CompressionCodec) throws {
        var generator = SplitMix64(seed: 13 &+ UInt64(codec.rawValue))
        for input in [
            CompressionSample.generate(.records, count: 5_000), CompressionSample.generate(.records, count: 100_000),
        ] {
            let compressed = try codec.compress(input)
            var failures = 0
            for _ in 0..<300 {
                var damaged = compressed
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    let index = Int.random(in: 0..<damaged.readableBytes, using: &generator)
                    let byte = damaged.getInteger(at: index, as: UInt8.self)!
                    damaged.setInteger(byte ^ (1 << UInt8.random(in: 0...7, using: &generator)), at: index)
                }
                if case .failure = Self.decompressOrThrow(codec, damaged, maxOutputBytes: input.readableBytes) {
                    failures += 1
                }
            }
            if codec == .gzip {
                // Every byte past gzip's header is covered by its CRC-32 and length.
                #expect(failures > 250)
            }
        }
    }

    // MARK: - Decompression bombs

    /// 1 GiB of zeros as `copies` repetitions of one compressed unit (a gzip member, an LZ4 or zstd
    /// frame, a snappy block) that each inflate to `unitBytes`.
    static func bomb(_ codec: CompressionCodec, unitBytes: Int, totalBytes: Int = 1 << 30) throws -> ByteBuffer {
        let unit = try codec.compress(ByteBuffer(repeating: 0, count: unitBytes))
        var bomb = ByteBufferAllocator().buffer(capacity: unit.readableBytes * (totalBytes / unitBytes))
        var repeated = unit
        if codec == .snappy {
            // Keep the framed header once and repeat the block after it.
            bomb.writeImmutableBuffer(unit.getSlice(at: 0, length: 16)!)
            repeated = unit.getSlice(at: 16, length: unit.readableBytes - 16)!
        }
        for _ in 0..<(totalBytes / unitBytes) {
            bomb.writeImmutableBuffer(repeated)
        }
        return bomb
    }

    /// A zstd frame without a content size whose RLE blocks each expand one byte into 128 KiB.
    static func zstdRunLengthBomb(blocks: Int) -> ByteBuffer {
        var frame = ByteBuffer(bytes: [0x28, 0xB5, 0x2F, 0xFD])
        // Frame header descriptor: no content size, no single segment, no checksum, no dictionary;
        // window descriptor: 2^(10+7) = 128 KiB.
        frame.writeBytes([0x00, 0x38])
        for block in 0..<blocks {
            let last: UInt32 = block == blocks - 1 ? 1 : 0
            let header: UInt32 = (131_072 << 3) | (1 << 1) | last
            frame.writeBytes([UInt8(header & 0xFF), UInt8((header >> 8) & 0xFF), UInt8(header >> 16), 0x00])
        }
        return frame
    }

    @Test("1 GiB of zeros made of repeated units throws once past a 1 MiB limit", arguments: codecs)
    func repeatedUnitBombs(codec: CompressionCodec) throws {
        let bomb: ByteBuffer
        switch codec {
        case .gzip: bomb = try Self.bomb(.gzip, unitBytes: Self.mebibyte)
        case .lz4: bomb = try Self.bomb(.lz4, unitBytes: 4 * Self.mebibyte)
        case .zstd: bomb = try Self.bomb(.zstd, unitBytes: 128 * 1024)
        // 32 KiB blocks expand at most 22 times, so a snappy gigabyte would take 50 MB; 128 MiB shows the same.
        case .snappy: bomb = try Self.bomb(.snappy, unitBytes: 32 * 1024, totalBytes: 128 * Self.mebibyte)
        case .none: return
        }
        #expect(throws: CompressionError(codec: codec, reason: .outputTooLarge(limit: Self.mebibyte))) {
            try codec.decompress(bomb, maxOutputBytes: Self.mebibyte)
        }
    }

    @Test("a single gzip member of 16 MiB zeros throws past a 1 MiB limit and decodes at 16 MiB")
    func gzipSingleMemberBomb() throws {
        let zeros = ByteBuffer(repeating: 0, count: 16 * Self.mebibyte)
        let bomb = try CompressionCodec.gzip.compress(zeros)
        #expect(bomb.readableBytes < 20_000)
        #expect(throws: CompressionError(codec: .gzip, reason: .outputTooLarge(limit: Self.mebibyte))) {
            try CompressionCodec.gzip.decompress(bomb, maxOutputBytes: Self.mebibyte)
        }
        #expect(try CompressionCodec.gzip.decompress(bomb, maxOutputBytes: 16 * Self.mebibyte) == zeros)
    }

    @Test("a zstd frame with no content size expanding to 1 GiB throws past the limit")
    func zstdFrameWithoutContentSize() throws {
        let bomb = Self.zstdRunLengthBomb(blocks: 8_192)
        #expect(bomb.readableBytes < 40_000)
        #expect(throws: CompressionError(codec: .zstd, reason: .outputTooLarge(limit: Self.mebibyte))) {
            try CompressionCodec.zstd.decompress(bomb, maxOutputBytes: Self.mebibyte)
        }
        // The same construction, small enough, is valid zstd.
        let small = Self.zstdRunLengthBomb(blocks: 16)
        #expect(
            try CompressionCodec.zstd.decompress(small, maxOutputBytes: 2 * Self.mebibyte)
                == ByteBuffer(repeating: 0, count: 2 * Self.mebibyte))
        #expect(throws: CompressionError(codec: .zstd, reason: .outputTooLarge(limit: 2 * Self.mebibyte - 1))) {
            try CompressionCodec.zstd.decompress(small, maxOutputBytes: 2 * Self.mebibyte - 1)
        }
    }

    @Test("a zstd frame declaring more than the limit is refused before decoding")
    func zstdDeclaredSizeOverLimit() throws {
        let frame = try CompressionCodec.zstd.compress(ByteBuffer(repeating: 0, count: Self.mebibyte + 1))
        #expect(throws: CompressionError(codec: .zstd, reason: .outputTooLarge(limit: Self.mebibyte))) {
            try CompressionCodec.zstd.decompress(frame, maxOutputBytes: Self.mebibyte)
        }
        // A frame whose declared size is a lie is caught while decoding.
        var lying = try CompressionCodec.zstd.compress(ByteBuffer(repeating: 7, count: 200))
        let descriptor = lying.getInteger(at: 4, as: UInt8.self)!
        #expect(descriptor & 0x20 != 0, "single segment with a one-byte content size")
        lying.setInteger(UInt8(100), at: 5)
        #expect(throws: CompressionError.self) {
            try CompressionCodec.zstd.decompress(lying, maxOutputBytes: Self.mebibyte)
        }
    }

    @Test("a raw snappy block claiming more than it can hold throws before allocating")
    func snappyForgedLength() {
        // Varint 2^30, then a literal of one byte: claims 1 GiB.
        let gigabyteClaim = ByteBuffer(bytes: [0x80, 0x80, 0x80, 0x80, 0x04, 0x00, 0x41])
        #expect(throws: CompressionError(codec: .snappy, reason: .outputTooLarge(limit: Self.mebibyte))) {
            try CompressionCodec.snappy.decompress(gigabyteClaim, maxOutputBytes: Self.mebibyte)
        }
        // Within the limit, but no 7-byte snappy block can expand to 64 KiB.
        let impossibleClaim = ByteBuffer(bytes: [0x80, 0x80, 0x04, 0x00, 0x41, 0x00, 0x00])
        #expect(
            throws: CompressionError(codec: .snappy, reason: .malformedInput("block of 7 bytes claims 65536 bytes"))
        ) {
            try CompressionCodec.snappy.decompress(impossibleClaim, maxOutputBytes: Self.mebibyte)
        }
    }

    @Test("an LZ4 header checksum that is neither right nor old Kafka's wrong one throws")
    func lz4BadHeaderChecksum() throws {
        var compressed = try CompressionCodec.lz4.compress(ByteBuffer(string: "header checksum"))
        // 0x82 is right, 0x1A is what Kafka 0.8/0.9 wrote for this descriptor.
        for checksum: UInt8 in [0x1A, 0x82] {
            compressed.setInteger(checksum, at: 6)
            #expect(
                try CompressionCodec.lz4.decompress(compressed, maxOutputBytes: 100)
                    == ByteBuffer(string: "header checksum"))
        }
        compressed.setInteger(UInt8(0x83), at: 6)
        #expect(throws: CompressionError.self) {
            try CompressionCodec.lz4.decompress(compressed, maxOutputBytes: 100)
        }
    }

    @Test("empty input throws for every codec but framed snappy's empty stream", arguments: codecs)
    func emptyInput(codec: CompressionCodec) {
        #expect(throws: CompressionError.self) {
            try codec.decompress(ByteBuffer(), maxOutputBytes: Self.mebibyte)
        }
    }

    @Test(
        "bytes after the last gzip member, LZ4 frame or zstd frame throw",
        arguments: [CompressionCodec.gzip, .lz4, .zstd])
    func trailingGarbage(codec: CompressionCodec) throws {
        var compressed = try codec.compress(ByteBuffer(string: "payload"))
        compressed.writeBytes([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09])
        #expect(throws: CompressionError.self) {
            try codec.decompress(compressed, maxOutputBytes: Self.mebibyte)
        }
    }
}
