import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

#if canImport(Glibc)
    import Glibc
#endif

/// The batches `kstorage-crash-writer` appends; must agree with Sources/kstorage-crash-writer/CrashWorkload.swift.
enum CrashWorkload {
    static func recordCount(seed: UInt64, index: Int) -> Int {
        1 + Int((seed &* 31 &+ UInt64(index) &* 7) % 10)
    }

    static func valueSize(seed: UInt64, index: Int, record: Int) -> Int {
        50 + Int((UInt64(index) &* 13 &+ UInt64(record) &* 7 &+ seed) % 400)
    }

    static func value(seed: UInt64, index: Int, record: Int) -> ByteBuffer {
        var value = ByteBuffer()
        for byte in 0..<Self.valueSize(seed: seed, index: index, record: record) {
            value.writeInteger(UInt8(truncatingIfNeeded: index &* 31 &+ record &* 17 &+ byte &+ Int(seed % 251)))
        }
        return value
    }
}

/// Reads lines from a pipe with `poll`, so that every wait has a deadline.
struct LineReader {
    let descriptor: Int32
    var pending: [UInt8] = []
    var isAtEnd = false

    init(_ handle: FileHandle) {
        self.descriptor = handle.fileDescriptor
    }

    /// Lines available before `deadline`; at least one unless the pipe ended or time ran out.
    mutating func lines(until deadline: ContinuousClock.Instant) -> [String] {
        while !self.isAtEnd {
            let complete = self.takeLines()
            if !complete.isEmpty { return complete }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return [] }
            let milliseconds = Int32(
                min(
                    remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000, 1000
                ))
            var poller = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, max(milliseconds, 1)) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(self.descriptor, &chunk, chunk.count)
            if count <= 0 {
                self.isAtEnd = true
            } else {
                self.pending += chunk[0..<count]
            }
        }
        return self.takeLines()
    }

    private mutating func takeLines() -> [String] {
        guard let lastNewline = self.pending.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
        let text = String(decoding: self.pending[...lastNewline], as: UTF8.self)
        self.pending.removeSubrange(...lastNewline)
        return text.split(separator: "\n").map(String.init)
    }
}

/// A small deterministic generator, so that a failing round can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var value = self.state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite(.serialized) struct CrashTests {
    static let seed: UInt64 = 20_251_122
    static let roundsPerMode = 25

    /// The writer binary, built beside the test bundle.
    static func writerURL() throws -> URL {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/.build/debug"))
        for directory in candidates {
            let url = directory.appendingPathComponent("kstorage-crash-writer")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw CorruptRecordError(reason: "kstorage-crash-writer not found beside \(candidates.map(\.path))")
    }

    @Test(arguments: ["fsync", "none"])
    func aKilledWriterLosesNoAcknowledgedBatchAndExposesNoPartialOne(mode: String) throws {
        let writer = try Self.writerURL()
        let directory = TemporaryDirectory()
        let logDirectory = directory.path + "/crash-0"
        var random = SplitMix64(state: Self.seed ^ UInt64(mode.utf8.count))
        var highestAcknowledged = -1
        for round in 0..<Self.roundsPerMode {
            let target = Int.random(in: 1...25, using: &random)
            let process = Process()
            process.executableURL = writer
            process.arguments = [logDirectory, String(Self.seed), mode]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var reader = LineReader(output.fileHandleForReading)
            var acknowledged: [String] = []
            let deadline = ContinuousClock.now + .seconds(20)
            while acknowledged.count < target && !reader.isAtEnd && ContinuousClock.now < deadline {
                acknowledged += reader.lines(until: deadline)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Lines written before the kill are acknowledgements too.
            acknowledged += reader.lines(until: ContinuousClock.now + .seconds(5))
            try #require(
                acknowledged.count >= target,
                "round \(round): the writer acknowledged \(acknowledged.count) of \(target)")
            for line in acknowledged {
                let fields = line.split(separator: " ")
                try #require(fields.count == 3, "round \(round): unexpected line \(line)")
                highestAcknowledged = max(highestAcknowledged, Int(fields[0]) ?? -1)
            }
            try Self.verify(logDirectory: logDirectory, acknowledgedThrough: highestAcknowledged, round: round)
        }
    }

    /// Reopens the log as after a crash and checks it: whole batches only, each the one the writer
    /// built for its place, every acknowledged one present, indexes in agreement with the log.
    static func verify(logDirectory: String, acknowledgedThrough highest: Int, round: Int) throws {
        let log = try PartitionLog.open(
            directory: logDirectory, topicPartition: TopicPartition(topic: "crash", partition: 0),
            config: try LogConfig(properties: ["segment.bytes": "65536", "index.interval.bytes": "1024"]))
        defer { try? log.close() }
        let stored = try readAll(log)
        #expect(stored.count > highest, "round \(round): \(stored.count) batches, acknowledged through \(highest)")
        var offset: Int64 = 0
        for (index, batch) in stored.enumerated() {
            try batch.validate(deep: true)
            let count = CrashWorkload.recordCount(seed: Self.seed, index: index)
            #expect(batch.baseOffset == offset && Int(batch.recordCount) == count, "round \(round) batch \(index)")
            var records = try batch.records()
            var record = 0
            while let decoded = try records.next() {
                #expect(decoded.key == ByteBuffer(string: "k-\(index)-\(record)"))
                #expect(decoded.value == CrashWorkload.value(seed: Self.seed, index: index, record: record))
                record += 1
            }
            offset += Int64(count)
        }
        #expect(log.logEndOffset == offset, "round \(round)")
        #expect(try indexesAgreeWithLog(log), "round \(round)")
    }
}
