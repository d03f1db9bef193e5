import Foundation
import KafkaProtocol
import NIOCore
import Testing

/// A small, fast, seedable generator, so test data is the same on every run (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var value = self.state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Inputs for the codec tests: several sizes of incompressible, record-like and all-zero bytes.
struct CompressionSample: Sendable, CustomTestStringConvertible {
    enum Kind: String, Sendable, CaseIterable {
        /// Uniformly random bytes, which no codec can shrink.
        case random
        /// JSON-ish records with varying fields, like a real Kafka batch.
        case records
        /// Only zero bytes, the most compressible input.
        case zeros
    }

    var kind: Kind
    var bytes: ByteBuffer

    var testDescription: String { "\(self.bytes.readableBytes) \(self.kind.rawValue) bytes" }

    init(_ kind: Kind, count: Int) {
        self.kind = kind
        self.bytes = Self.generate(kind, count: count)
    }

    /// Sizes every codec is exercised at: empty, one byte, small, larger than a snappy block and
    /// an LZ4 block, and several MiB.
    static let sizes = [0, 1, 100, 100 * 1024, 5 * 1024 * 1024]

    /// Every kind at every size.
    static let all: [CompressionSample] = Kind.allCases.flatMap { kind in
        Self.sizes.map { CompressionSample(kind, count: $0) }
    }

    /// Random and record-like data at every size: what the Python cross-checks use.
    static let crossCheck: [CompressionSample] = Self.all.filter { $0.kind != .zeros }

    /// Deterministic bytes of a kind.
    static func generate(_ kind: Kind, count: Int, seed: UInt64 = 42) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: count)
        switch kind {
        case .random:
            var generator = SplitMix64(seed: seed &+ UInt64(count))
            buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { space in
                var offset = 0
                while offset < count {
                    let word = generator.next()
                    withUnsafeBytes(of: word) { bytes in
                        let take = min(8, count - offset)
                        UnsafeMutableRawBufferPointer(rebasing: space[offset..<(offset + take)])
                            .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
                    }
                    offset += 8
                }
                return count
            }
        case .records:
            var index = 0
            while buffer.readableBytes < count {
                let record =
                    "{\"id\":\(index),\"user\":\"user-\(index % 97)\",\"event\":\"\(["click", "view", "buy"][index % 3])\","
                    + "\"ts\":\(1_700_000_000_000 + index * 37)}\n"
                buffer.writeString(String(record.prefix(count - buffer.readableBytes)))
                index += 1
            }
        case .zeros:
            buffer.writeRepeatingByte(0, count: count)
        }
        return buffer
    }
}

/// Runs the Python helper in Scripts/, which holds independent implementations to check against.
enum PythonHelper {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Scripts/codec_crosscheck.py")

    /// Runs `python3 codec_crosscheck.py arguments...`; throws with its stderr if it fails.
    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", self.script.path] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Drain stderr before waiting, so a chatty failure cannot fill the pipe and hang both sides.
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonHelperFailure(
                status: process.terminationStatus,
                stderr: String(decoding: message, as: UTF8.self)
            )
        }
    }

    /// One file-to-file job of a `compress` or `decompress` run.
    struct Job: Codable {
        var codec: String
        var variant: String
        var input: String
        var output: String
    }

    /// Writes `jobs` as the manifest in `directory` and runs `command` ("compress" or "decompress") over it.
    static func run(_ command: String, jobs: [Job], in directory: TemporaryDirectory) throws {
        try JSONEncoder().encode(jobs).write(to: directory.url.appendingPathComponent("manifest.json"))
        try self.run([command, directory.url.path])
    }
}

/// The helper script exited non-zero.
struct PythonHelperFailure: Error, CustomStringConvertible {
    var status: Int32
    var stderr: String
    var description: String { "python3 codec_crosscheck.py exited with \(self.status):\n\(self.stderr)" }
}

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        self.url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kafka-protocol-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.url, withIntermediateDirectories: true)
    }

    func write(_ buffer: ByteBuffer, to name: String) throws {
        try Data(buffer.readableBytesView).write(to: self.url.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> ByteBuffer {
        let data = try Data(contentsOf: self.url.appendingPathComponent(name))
        var buffer = ByteBufferAllocator().buffer(capacity: data.count)
        buffer.writeBytes(data)
        return buffer
    }

    func remove() {
        try? FileManager.default.removeItem(at: self.url)
    }
}

@Suite struct CompressionCodecTests {
    static let compressing: [CompressionCodec] = [.gzip, .snappy, .lz4, .zstd]

    @Test("codec ids and names are Kafka's")
    func idsAndNames() {
        let expected: [(CompressionCodec, Int8, String)] = [
            (.none, 0, "none"), (.gzip, 1, "gzip"), (.snappy, 2, "snappy"), (.lz4, 3, "lz4"), (.zstd, 4, "zstd"),
        ]
        for (codec, id, name) in expected {
            #expect(codec.rawValue == id)
            #expect(codec.name == name)
            #expect(CompressionCodec(name: name) == codec)
            #expect(CompressionCodec(rawValue: id) == codec)
        }
        #expect(CompressionCodec.allCases.count == 5)
        #expect(CompressionCodec(name: "GZIP") == nil)
        #expect(CompressionCodec(name: "producer") == nil)
        #expect(CompressionCodec(name: "") == nil)
        #expect(CompressionCodec(rawValue: 5) == nil)
    }

    @Test("none returns its input and still enforces the output limit")
    func noneCodec() throws {
        let input = ByteBuffer(string: "plain bytes")
        #expect(try CompressionCodec.none.compress(input) == input)
        #expect(try CompressionCodec.none.compress(input, level: 99) == input)
        #expect(try CompressionCodec.none.decompress(input, maxOutputBytes: input.readableBytes) == input)
        #expect(throws: CompressionError(codec: .none, reason: .outputTooLarge(limit: 5))) {
            try CompressionCodec.none.decompress(input, maxOutputBytes: 5)
        }
    }

    @Test("every level Kafka accepts round-trips and Kafka's out-of-range levels are refused")
    func levels() throws {
        let input = CompressionSample.generate(.records, count: 70_000)
        let valid: [(CompressionCodec, [Int])] = [
            (.gzip, [-1] + Array(1...9)),
            (.lz4, Array(1...17)),
            (.zstd, [-131_072, -5, -1, 0, 1, 3, 9, 19, 22]),
            (.snappy, [-1, 0, 42]),
        ]
        for (codec, levels) in valid {
            for level in levels {
                let compressed = try codec.compress(input, level: level)
                #expect(
                    try codec.decompress(compressed, maxOutputBytes: input.readableBytes) == input, "\(codec) \(level)")
            }
        }
        let invalid: [(CompressionCodec, [Int])] = [
            (.gzip, [-2, 0, 10, 100]),
            (.lz4, [-1, 0, 18]),
            (.zstd, [-131_073, 23, Int.max, Int.min]),
        ]
        for (codec, levels) in invalid {
            for level in levels {
                #expect(throws: CompressionError(codec: codec, reason: .invalidLevel(level))) {
                    try codec.compress(input, level: level)
                }
            }
        }
    }

    @Test("higher levels compress record data smaller")
    func levelsMatter() throws {
        let input = CompressionSample.generate(.records, count: 500_000)
        #expect(
            try CompressionCodec.gzip.compress(input, level: 9).readableBytes
                < CompressionCodec.gzip.compress(input, level: 1).readableBytes)
        #expect(
            try CompressionCodec.lz4.compress(input, level: 12).readableBytes
                < CompressionCodec.lz4.compress(input).readableBytes)
        #expect(
            try CompressionCodec.zstd.compress(input, level: 19).readableBytes
                < CompressionCodec.zstd.compress(input, level: 1).readableBytes)
    }

    @Test("snappy writes snappy-java's framed stream with 32 KiB blocks")
    func snappyFraming() throws {
        let input = CompressionSample.generate(.records, count: 100 * 1024)
        var compressed = try CompressionCodec.snappy.compress(input)
        let magic = compressed.readBytes(length: 8)
        let version = compressed.readInteger(as: Int32.self)
        let compatibleVersion = compressed.readInteger(as: Int32.self)
        #expect(magic == [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00])
        #expect(version == 1)
        #expect(compatibleVersion == 1)
        var blockSizes: [Int] = []
        while let length = compressed.readInteger(as: Int32.self) {
            guard let block = compressed.readSlice(length: Int(length)) else {
                Issue.record("block of \(length) bytes is truncated")
                break
            }
            blockSizes.append(try CompressionCodec.snappy.decompress(block, maxOutputBytes: 1 << 20).readableBytes)
        }
        #expect(blockSizes == [32_768, 32_768, 32_768, 4_096])

        let empty = try CompressionCodec.snappy.compress(ByteBuffer())
        #expect(empty.readableBytes == 16)
        #expect(try CompressionCodec.snappy.decompress(empty, maxOutputBytes: 0).readableBytes == 0)
    }

    @Test("lz4 writes the frame descriptor Kafka's Lz4BlockOutputStream writes")
    func lz4FrameDescriptor() throws {
        for level in [nil, 1, 9, 17] {
            let compressed = try CompressionCodec.lz4.compress(ByteBuffer(string: "descriptor"), level: level)
            // Magic, FLG 0x60 (version 1, independent blocks, no checksums or size), BD 0x40 (64 KiB),
            // and the header checksum every Kafka version from 0.10 on expects.
            #expect(compressed.getBytes(at: 0, length: 7) == [0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, 0x82])
        }
    }

    @Test("gzip and zstd write their standard magic numbers")
    func magicNumbers() throws {
        let input = ByteBuffer(string: "magic")
        #expect(try CompressionCodec.gzip.compress(input).getBytes(at: 0, length: 3) == [0x1F, 0x8B, 0x08])
        #expect(try CompressionCodec.zstd.compress(input).getBytes(at: 0, length: 4) == [0x28, 0xB5, 0x2F, 0xFD])
    }

    @Test("compressing leaves the input's reader index alone")
    func inputUntouched() throws {
        var input = ByteBuffer(string: "skipped|kept")
        input.moveReaderIndex(forwardBy: 8)
        for codec in Self.compressing {
            let compressed = try codec.compress(input)
            #expect(input.readerIndex == 8)
            #expect(try codec.decompress(compressed, maxOutputBytes: 100) == ByteBuffer(string: "kept"))
        }
    }

    @Test("codecs give correct results when many tasks share the pooled contexts")
    func concurrentUse() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<16 {
                group.addTask {
                    for round in 0..<20 {
                        let codec = Self.compressing[(task + round) % Self.compressing.count]
                        let kind: CompressionSample.Kind = round % 2 == 0 ? .records : .random
                        let input = CompressionSample.generate(kind, count: 1_000 + task * 997 + round * 101)
                        let compressed = try codec.compress(input)
                        #expect(try codec.decompress(compressed, maxOutputBytes: input.readableBytes) == input)
                        // Failures in between must not poison the contexts returned to the pool.
                        _ = try? codec.decompress(
                            compressed.getSlice(at: 0, length: compressed.readableBytes / 2)!, maxOutputBytes: 1 << 20)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("errors describe the codec and the reason")
    func errorDescriptions() {
        #expect(
            CompressionError(codec: .lz4, reason: .outputTooLarge(limit: 10)).description
                == "lz4 decompressed data exceeds the limit of 10 bytes")
        #expect(
            CompressionError(codec: .gzip, reason: .malformedInput("truncated gzip member")).description
                == "gzip malformed input: truncated gzip member")
        #expect(
            CompressionError(codec: .zstd, reason: .invalidLevel(23)).description
                == "zstd unsupported compression level 23")
    }
}
