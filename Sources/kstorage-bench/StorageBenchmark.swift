import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore

/// Prints append and read throughput of a partition log next to `dd` writing the same amount
/// in the same directory. Asserts nothing.
///
/// Usage: `kstorage-bench [--megabytes N] [--dir PATH] [--reads N]`
enum StorageBenchmark {
    static func run(arguments: [String]) -> Int32 {
        var megabytes = 1024
        var reads = 2000
        var directory = FileManager.default.temporaryDirectory.path
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch flag {
            case "--megabytes": megabytes = Int(value) ?? megabytes
            case "--reads": reads = Int(value) ?? reads
            case "--dir": directory = value
            default:
                FileHandle.standardError.write(
                    Data("usage: kstorage-bench [--megabytes N] [--dir PATH] [--reads N]\n".utf8))
                return 2
            }
            index += 2
        }
        do {
            try Self.benchmark(megabytes: megabytes, reads: reads, in: directory + "/kstorage-bench-\(getpid())")
            return 0
        } catch {
            FileHandle.standardError.write(Data("kstorage-bench: \(error)\n".utf8))
            return 1
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func rate(_ bytes: Int, _ duration: Duration) -> String {
        String(format: "%8.1f MB/s", Double(bytes) / 1_048_576 / Self.seconds(duration))
    }

    /// One 1 MiB batch of 1 KiB records (1015 records fill it with their framing and the header).
    static func template() throws -> ByteBuffer {
        var builder = RecordBatchBuilder()
        let value = ByteBuffer(repeating: 0x61, count: 1024)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        while builder.uncompressedSizeInBytes + 1024 + 16 <= 1_048_576 {
            try builder.append(timestamp: now, key: nil, value: value)
        }
        return try builder.build()
    }

    /// Writes back every dirty page first, so that one measurement does not pay for the last.
    static func settle() {
        sync()
    }

    static func dd(_ path: String, megabytes: Int, options: [String]) throws -> Duration {
        Self.settle()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/dd")
        process.arguments = ["if=/dev/zero", "of=\(path)", "bs=1M", "count=\(megabytes)"] + options
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        try? FileManager.default.removeItem(atPath: path)
        return elapsed
    }

    /// Appends `megabytes` batches; returns the time spent inside `appendAsLeader` (and the final
    /// flush when `flushAtEnd`). Each append gets a fresh buffer, as a produce request would.
    static func append(
        megabytes: Int, directory: String, properties: [String: String], flushAtEnd: Bool
    ) throws -> (Duration, PartitionLog) {
        try? FileManager.default.removeItem(atPath: directory)
        let log = try PartitionLog.open(
            directory: directory, topicPartition: TopicPartition(topic: "bench", partition: 0),
            config: try LogConfig(properties: properties))
        let template = try Self.template()
        Self.settle()
        var elapsed = Duration.zero
        for _ in 0..<megabytes {
            var request = ByteBuffer()
            request.reserveCapacity(template.readableBytes)
            request.writeImmutableBuffer(template)
            let start = ContinuousClock.now
            _ = try log.appendAsLeader(request, leaderEpoch: 0)
            elapsed += ContinuousClock.now - start
        }
        if flushAtEnd {
            let start = ContinuousClock.now
            try log.flush()
            elapsed += ContinuousClock.now - start
        }
        return (elapsed, log)
    }

    static func benchmark(megabytes: Int, reads: Int, in directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bytes = megabytes * 1_048_576
        print("kstorage-bench: \(megabytes) x 1 MiB batches of 1 KiB records in \(directory)")
        print("CRC32C hardware: \(CRC32C.usesHardware)")

        let ddPlain = try Self.dd(directory + "/dd", megabytes: megabytes, options: [])
        let ddFdatasync = try Self.dd(directory + "/dd", megabytes: megabytes, options: ["conv=fdatasync"])
        let ddDsync = try Self.dd(directory + "/dd", megabytes: min(megabytes, 256), options: ["oflag=dsync"])

        let (plain, _) = try Self.append(
            megabytes: megabytes, directory: directory + "/plain-0", properties: [:], flushAtEnd: false)
        try? FileManager.default.removeItem(atPath: directory + "/plain-0")
        let (flushedOnce, _) = try Self.append(
            megabytes: megabytes, directory: directory + "/once-0", properties: [:], flushAtEnd: true)
        try? FileManager.default.removeItem(atPath: directory + "/once-0")
        let perBatchCount = min(megabytes, 256)
        let (perBatch, log) = try Self.append(
            megabytes: perBatchCount, directory: directory + "/each-0", properties: ["flush.messages": "1"],
            flushAtEnd: false)

        print("")
        print("sequential write                         throughput     vs dd")
        print("dd bs=1M (no sync)                      \(Self.rate(bytes, ddPlain))")
        print("append, no fsync                        \(Self.rate(bytes, plain))   \(Self.ratio(ddPlain, plain))")
        print("dd bs=1M conv=fdatasync                 \(Self.rate(bytes, ddFdatasync))")
        print(
            "append, one fsync at the end            \(Self.rate(bytes, flushedOnce))   \(Self.ratio(ddFdatasync, flushedOnce))"
        )
        print("dd bs=1M oflag=dsync (\(perBatchCount) MiB)           \(Self.rate(perBatchCount * 1_048_576, ddDsync))")
        print(
            "append, fsync per 1 MiB (\(perBatchCount) MiB)        \(Self.rate(perBatchCount * 1_048_576, perBatch))   \(Self.ratio(ddDsync, perBatch))"
        )

        // Reads: random offsets, slice located through the index and read into memory.
        var generator = SystemRandomNumberGenerator()
        let end = log.logEndOffset
        var readBytes = 0
        var start = ContinuousClock.now
        for _ in 0..<reads {
            let offset = Int64.random(in: 0..<end, using: &generator)
            readBytes += try log.readBytes(from: offset, maxBytes: 1_048_576).readableBytes
        }
        let readElapsed = ContinuousClock.now - start
        start = ContinuousClock.now
        for _ in 0..<reads {
            let offset = Int64.random(in: 0..<end, using: &generator)
            _ = try log.read(from: offset, maxBytes: 1_048_576)
        }
        let lookupElapsed = ContinuousClock.now - start
        print("")
        print(
            "random offset reads, 1 MiB max          \(Self.rate(readBytes, readElapsed))   (\(reads) reads, page cache)"
        )
        print(
            String(
                format: "offset lookups (slice only)             %8.0f /s    (%.1f us each)",
                Double(reads) / Self.seconds(lookupElapsed), Self.seconds(lookupElapsed) / Double(reads) * 1e6))
        try log.close()
    }

    static func ratio(_ reference: Duration, _ measured: Duration) -> String {
        String(format: "%5.0f%%", Self.seconds(reference) / Self.seconds(measured) * 100)
    }
}
