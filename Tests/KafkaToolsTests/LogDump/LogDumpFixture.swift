import Foundation
import KafkaProtocol
import NIOCore

@testable import KafkaTools

/// A temporary partition directory to write files into and run klog-dump against.
final class LogDumpFixture {
    let directory: String

    init() throws {
        self.directory = NSTemporaryDirectory() + "klog-dump-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: self.directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: self.directory)
    }

    /// Writes `bytes` to `name` and returns the absolute path.
    @discardableResult
    func write(_ name: String, _ bytes: ByteBuffer) throws -> String {
        let path = self.directory + "/" + name
        try Data(bytes.readableBytesView).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs klog-dump with `arguments`.
    func run(_ arguments: [String]) -> (code: Int32, stdout: [String], stderr: [String]) {
        let stdout = CapturedOutput()
        let stderr = CapturedOutput()
        let code = LogDumpCommand.run(arguments: arguments, stdout: stdout, stderr: stderr)
        return (code, stdout.lines, stderr.lines)
    }

    /// Runs klog-dump on files of this directory.
    func dump(_ names: [String], _ flags: [String] = []) -> (code: Int32, stdout: [String], stderr: [String]) {
        self.run(["--files", names.map { self.directory + "/" + $0 }.joined(separator: ",")] + flags)
    }

    /// Bytes from text.
    static func bytes(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

    /// Concatenates buffers.
    static func join(_ buffers: [ByteBuffer]) -> ByteBuffer {
        var result = ByteBuffer()
        for buffer in buffers { result.writeImmutableBuffer(buffer) }
        return result
    }

    /// A magic-2 batch of (key, value) records at consecutive timestamps from `timestamp`.
    static func batch(
        baseOffset: Int64 = 0, timestamp: Int64 = 1_700_000_000_123, records: [(String?, String?)],
        headers: [[RecordHeader]] = [], compression: CompressionCodec = .none, producerId: Int64 = -1,
        producerEpoch: Int16 = -1, baseSequence: Int32 = -1, partitionLeaderEpoch: Int32 = 0,
        offsetDeltas: [Int32]? = nil
    ) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset, partitionLeaderEpoch: partitionLeaderEpoch, producerId: producerId,
            producerEpoch: producerEpoch, baseSequence: baseSequence, compression: compression)
        for (index, record) in records.enumerated() {
            try builder.append(
                offsetDelta: offsetDeltas?[index], timestamp: timestamp + Int64(index),
                key: record.0.map(Self.bytes), value: record.1.map(Self.bytes),
                headers: index < headers.count ? headers[index] : [])
        }
        return try builder.build()
    }

    /// A magic-2 batch whose records have raw key and value bytes.
    static func rawBatch(
        baseOffset: Int64 = 0, timestamp: Int64 = 1_700_000_000_000, records: [(ByteBuffer?, ByteBuffer?)]
    )
        throws -> ByteBuffer
    {
        var builder = RecordBatchBuilder(baseOffset: baseOffset, partitionLeaderEpoch: 0)
        for record in records {
            try builder.append(timestamp: timestamp, key: record.0, value: record.1)
        }
        return try builder.build()
    }

    /// The stored CRC of the batch or entry starting at `position` in `bytes` (unsigned).
    static func storedCRC(_ bytes: ByteBuffer, at position: Int, magic: Int8) -> UInt32 {
        bytes.getInteger(at: bytes.readerIndex + position + (magic == 2 ? 17 : 12), as: UInt32.self) ?? 0
    }
}
