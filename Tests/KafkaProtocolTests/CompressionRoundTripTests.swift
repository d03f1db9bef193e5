import KafkaProtocol
import NIOCore
import Testing

@Suite struct CompressionRoundTripTests {
    static let codecs: [CompressionCodec] = [.gzip, .snappy, .lz4, .zstd]

    @Test("every codec round-trips every sample", arguments: codecs, CompressionSample.all)
    func roundTrip(codec: CompressionCodec, sample: CompressionSample) throws {
        let compressed = try codec.compress(sample.bytes)
        let decompressed = try codec.decompress(compressed, maxOutputBytes: sample.bytes.readableBytes)
        #expect(decompressed == sample.bytes)
        if sample.kind != .random, sample.bytes.readableBytes >= 100 * 1024 {
            #expect(compressed.readableBytes < sample.bytes.readableBytes / 3, "compresses well")
        }
    }

    @Test("output of exactly the limit is accepted and one byte more is refused", arguments: codecs)
    func limitIsExact(codec: CompressionCodec) throws {
        for size in [1, 4096, 65_536, 100_001] {
            let input = CompressionSample.generate(.records, count: size)
            let compressed = try codec.compress(input)
            #expect(try codec.decompress(compressed, maxOutputBytes: size) == input)
            #expect(throws: CompressionError(codec: codec, reason: .outputTooLarge(limit: size - 1))) {
                try codec.decompress(compressed, maxOutputBytes: size - 1)
            }
        }
        let empty = try codec.compress(ByteBuffer())
        #expect(try codec.decompress(empty, maxOutputBytes: 0).readableBytes == 0)
        #expect(try codec.decompress(empty, maxOutputBytes: -1).readableBytes == 0)
    }

    @Test("decompressing a slice reads only its readable bytes", arguments: codecs)
    func readsOnlyReadableBytes(codec: CompressionCodec) throws {
        let input = CompressionSample.generate(.records, count: 10_000)
        let compressed = try codec.compress(input)
        var framed = ByteBuffer(string: "prefix")
        framed.writeImmutableBuffer(compressed)
        framed.writeString("suffix")
        let slice = try #require(framed.getSlice(at: 6, length: compressed.readableBytes))
        #expect(try codec.decompress(slice, maxOutputBytes: 10_000) == input)
    }
}
