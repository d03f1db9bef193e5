import Foundation
import KafkaProtocol
import NIOCore

@testable import KafkaStorage

/// A fresh directory under the system temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() {
        self.path = FileManager.default.temporaryDirectory.path + "/kstorage-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: self.path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: self.path)
    }

    func files(_ subdirectory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: self.path + "/" + subdirectory)) ?? []).sorted()
    }
}

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64

    init(_ start: Int64 = 1_700_000_000_000) {
        self.value = start
    }

    var now: Int64 {
        self.lock.lock()
        defer { self.lock.unlock() }
        return self.value
    }

    func advance(by milliseconds: Int64) {
        self.lock.lock()
        self.value += milliseconds
        self.lock.unlock()
    }

    var storageClock: StorageClock { StorageClock { self.now } }
}

/// Builds one batch of `count` records with `valueSize`-byte values, timestamps `timestamp`,
/// `timestamp + 1`, ... and values that name their batch and record.
func makeBatch(
    count: Int, valueSize: Int = 100, timestamp: Int64, tag: Int = 0, producerId: Int64 = -1, producerEpoch: Int16 = -1,
    baseSequence: Int32 = -1, isTransactional: Bool = false, compression: CompressionCodec = .none
) throws -> ByteBuffer {
    var builder = RecordBatchBuilder(
        producerId: producerId, producerEpoch: producerEpoch, baseSequence: baseSequence,
        isTransactional: isTransactional, compression: compression)
    for index in 0..<count {
        var value = ByteBuffer(string: "batch \(tag) record \(index) ")
        while value.readableBytes < valueSize { value.writeInteger(UInt8(truncatingIfNeeded: index &+ tag)) }
        try builder.append(
            timestamp: timestamp + Int64(index), key: ByteBuffer(string: "key-\(index % 7)"), value: value)
    }
    return try builder.build()
}

/// Every batch of a buffer.
func batches(in buffer: ByteBuffer) throws -> [RecordBatch] {
    var iterator = MemoryRecords(buffer).batches()
    var result: [RecordBatch] = []
    while let batch = try iterator.next() {
        if case .magic2(let recordBatch) = batch { result.append(recordBatch) }
    }
    return result
}

/// Reads the whole log from its start, batch by batch.
func readAll(_ log: PartitionLog) throws -> [RecordBatch] {
    var result: [RecordBatch] = []
    var offset = log.logStartOffset
    while offset < log.logEndOffset {
        let bytes = try log.readBytes(from: offset, maxBytes: 1 << 20)
        let found = try batches(in: bytes)
        guard let last = found.last else { break }
        result += found.filter { $0.lastOffset >= offset }
        offset = last.nextOffset
    }
    return result
}

/// The index entries Kafka would write for the segment file `bytes` at `baseOffset` (Kafka
/// LogSegment.java `append` per batch, `onBecomeInactiveSegment` for the final time entry).
func expectedIndexes(logBytes: ByteBuffer, baseOffset: Int64, indexIntervalBytes: Int, inactive: Bool) throws -> (
    offsetIndex: [UInt8], timeIndex: [UInt8]
) {
    var offsetIndex = ByteBuffer()
    var timeIndex = ByteBuffer()
    var bytesSinceLastEntry = 0
    var position = 0
    var maxTimestamp: Int64 = -1
    var offsetOfMaxTimestamp = baseOffset
    var lastTimeEntry: Int64 = -1
    for batch in try batches(in: logBytes) {
        if batch.maxTimestamp > maxTimestamp {
            maxTimestamp = batch.maxTimestamp
            offsetOfMaxTimestamp = batch.lastOffset
        }
        if bytesSinceLastEntry > indexIntervalBytes {
            OffsetIndexEntry(relativeOffset: Int32(batch.lastOffset - baseOffset), position: Int32(position))
                .write(to: &offsetIndex)
            if maxTimestamp > lastTimeEntry {
                TimeIndexEntry(timestamp: maxTimestamp, relativeOffset: Int32(offsetOfMaxTimestamp - baseOffset))
                    .write(to: &timeIndex)
                lastTimeEntry = maxTimestamp
            }
            bytesSinceLastEntry = 0
        }
        bytesSinceLastEntry += batch.sizeInBytes
        position += batch.sizeInBytes
    }
    if inactive && maxTimestamp > lastTimeEntry {
        TimeIndexEntry(timestamp: maxTimestamp, relativeOffset: Int32(offsetOfMaxTimestamp - baseOffset))
            .write(to: &timeIndex)
    }
    return (Array(offsetIndex.readableBytesView), Array(timeIndex.readableBytesView))
}

func fileBytes(_ path: String) -> [UInt8] {
    (FileManager.default.contents(atPath: path)).map { Array($0) } ?? []
}

/// Checks that every index entry of every segment points at a real batch: offset index entries at
/// the start of the batch whose last offset they name, time index entries at a batch with that
/// max timestamp and last offset.
func indexesAgreeWithLog(_ log: PartitionLog) throws -> Bool {
    try log.locked {
        for segment in log.segments {
            for slot in 0..<segment.offsetIndex.entries {
                let entry = segment.offsetIndex.entry(at: slot)
                guard let header = try segment.batchHeader(at: entry.position), header.lastOffset == entry.offset else {
                    return false
                }
            }
            var headers: [BatchHeader] = []
            var position = 0
            while let header = try segment.batchHeader(at: position) {
                headers.append(header)
                position += header.size
            }
            guard position == segment.size else { return false }
            for slot in 0..<segment.timeIndex.entries {
                let entry = segment.timeIndex.entry(at: slot)
                let maxSoFar = headers.filter { $0.lastOffset <= entry.offset }.map(\.maxTimestamp).max()
                guard headers.contains(where: { $0.lastOffset == entry.offset }), maxSoFar == entry.timestamp else {
                    return false
                }
            }
        }
        return true
    }
}
