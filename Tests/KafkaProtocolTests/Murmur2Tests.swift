import Foundation
import KafkaProtocol
import NIOCore
import Testing

@Suite struct Murmur2Tests {
    /// Kafka's own vectors (clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testMurmur2).
    static let utilsTestVectors: [(String, Int32)] = [
        ("21", -973_932_308),
        ("foobar", -790_332_482),
        ("a-little-bit-long-string", -985_981_536),
        ("a-little-bit-longer-string", -1_486_304_829),
        ("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58_897_971),
        ("abc", 479_470_107),
    ]

    @Test("Kafka's UtilsTest vectors hash to Kafka's values", arguments: utilsTestVectors)
    func kafkaVectors(key: String, expected: Int32) {
        #expect(Murmur2.hash(Array(key.utf8)) == expected)
        #expect(Murmur2.hash(ByteBuffer(string: key)) == expected)
    }

    @Test("every overload hashes the same bytes the same way")
    func overloadsAgree() {
        var generator = SplitMix64(seed: 3)
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let expected = bytes.withUnsafeBytes { Murmur2.hash($0) }
            var buffer = ByteBuffer(string: "ignored")
            buffer.moveReaderIndex(forwardBy: 7)
            buffer.writeBytes(bytes)
            #expect(Murmur2.hash(bytes) == expected)
            #expect(Murmur2.hash(buffer) == expected)
            #expect(Murmur2.hash(buffer.readableBytesView) == expected)
            #expect(Murmur2.hash(bytes.lazy.map { $0 }) == expected, "a non-contiguous collection")
            #expect(
                Murmur2.partition(forKey: buffer, partitionCount: 7)
                    == Murmur2.partition(forKey: bytes, partitionCount: 7))
        }
    }

    @Test("toPositive clears the sign bit as Kafka's Utils.toPositive does")
    func toPositive() {
        #expect(Murmur2.toPositive(0) == 0)
        #expect(Murmur2.toPositive(5) == 5)
        #expect(Murmur2.toPositive(-1) == Int32.max)
        #expect(Murmur2.toPositive(Int32.min) == 0)
        #expect(Murmur2.toPositive(-973_932_308) == 1_173_551_340)
    }

    @Test("hashes and partitions match kafka-python's murmur2 for random keys of every length up to 64")
    func matchesKafkaPython() throws {
        var generator = SystemRandomNumberGenerator()
        var keys: [[UInt8]] = (0...64).map { length in
            (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
        for _ in 0..<300 {
            let length = Int.random(in: 0...64, using: &generator)
            keys.append((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        let partitionCounts: [Int32] = [1, 3, 7, 12, 100, 1_000]

        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let hex = keys.map { key in key.map { String(format: "%02x", $0) }.joined() }
        let keysFile = directory.url.appendingPathComponent("keys")
        let outputFile = directory.url.appendingPathComponent("hashes")
        try hex.joined(separator: "\n").write(to: keysFile, atomically: true, encoding: .utf8)
        try PythonHelper.run(["murmur2", keysFile.path, outputFile.path] + partitionCounts.map { String($0) })

        let lines = try String(contentsOf: outputFile, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count == keys.count)
        for (index, key) in keys.enumerated() {
            let fields = lines[index].split(separator: " ").compactMap { Int32($0) }
            try #require(fields.count == 1 + partitionCounts.count, "line \(index): \(lines[index])")
            #expect(Murmur2.hash(key) == fields[0], "key \(hex[index])")
            for (count, expected) in zip(partitionCounts, fields.dropFirst()) {
                #expect(
                    Murmur2.partition(forKey: key, partitionCount: count) == expected,
                    "key \(hex[index]), \(count) partitions")
            }
        }
    }
}
