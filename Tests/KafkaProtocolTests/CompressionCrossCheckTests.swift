import KafkaProtocol
import NIOCore
import Testing

/// Checks each codec against independent implementations in both directions: Python's gzip module,
/// python-snappy and kafka-python's xerial framing, python-lz4 and python-zstandard (see
/// Scripts/codec_crosscheck.py).
@Suite struct CompressionCrossCheckTests {
    /// The ways Python writes each codec; the script names what each variant exercises.
    static let pythonVariants: [CompressionCodec: [String]] = [
        .gzip: ["default", "level1", "members"],
        .snappy: ["raw", "xerial", "xerial-little-endian-versions", "xerial-concatenated"],
        .lz4: [
            "default", "kafka", "checksums-4mb-hc", "concatenated", "legacy-kafka", "legacy-kafka-size-and-dictionary",
        ],
        .zstd: ["default", "no-content-size", "level19-checksum", "concatenated"],
    ]

    @Test(
        "what Python compresses decompresses here to the original",
        arguments: [CompressionCodec.gzip, .snappy, .lz4, .zstd]
    )
    func pythonToSwift(codec: CompressionCodec) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let samples = CompressionSample.crossCheck
        var jobs: [(PythonHelper.Job, CompressionSample)] = []
        for (index, sample) in samples.enumerated() {
            try directory.write(sample.bytes, to: "input-\(index)")
            for variant in Self.pythonVariants[codec] ?? [] {
                let job = PythonHelper.Job(
                    codec: codec.name, variant: variant, input: "input-\(index)", output: "\(variant)-\(index)"
                )
                jobs.append((job, sample))
            }
        }
        try PythonHelper.run("compress", jobs: jobs.map(\.0), in: directory)

        for (job, sample) in jobs {
            let compressed = try directory.read(job.output)
            let decompressed = try codec.decompress(compressed, maxOutputBytes: sample.bytes.readableBytes)
            #expect(decompressed == sample.bytes, "\(job.variant), \(sample.testDescription)")
        }
    }

    /// Levels compressed with besides the default (on samples up to 100 KiB, to keep the test quick).
    static let extraLevels: [CompressionCodec: [Int]] = [
        .gzip: [1, 9], .snappy: [], .lz4: [1, 12, 17], .zstd: [-5, 1, 19],
    ]

    @Test(
        "what is compressed here decompresses in Python to the original, in the format Kafka's Java client writes",
        arguments: [CompressionCodec.gzip, .snappy, .lz4, .zstd]
    )
    func swiftToPython(codec: CompressionCodec) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var jobs: [(PythonHelper.Job, CompressionSample, Int?)] = []
        for (index, sample) in CompressionSample.crossCheck.enumerated() {
            let extraLevels = sample.bytes.readableBytes <= 100 * 1024 ? Self.extraLevels[codec] ?? [] : []
            for level in [nil] + extraLevels.map(Optional.some) {
                let name = "\(index)-level-\(level.map(String.init) ?? "default")"
                try directory.write(try codec.compress(sample.bytes, level: level), to: "compressed-\(name)")
                let job = PythonHelper.Job(
                    codec: codec.name, variant: "default", input: "compressed-\(name)", output: "output-\(name)"
                )
                jobs.append((job, sample, level))
            }
        }
        try PythonHelper.run("decompress", jobs: jobs.map(\.0), in: directory)

        for (job, sample, level) in jobs {
            #expect(try directory.read(job.output) == sample.bytes, "\(sample.testDescription), level \(level as Any)")
        }
    }
}
