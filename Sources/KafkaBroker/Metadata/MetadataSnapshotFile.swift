import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore

/// A KRaft metadata snapshot on disk: `<end offset>-<epoch>.checkpoint` in the
/// `__cluster_metadata-0` directory, holding the records of the image as of `endOffset - 1`
/// (Kafka raft Snapshots.java, RecordsSnapshotWriter.java).
///
/// Layout, as Kafka writes it: record batches whose offsets start at 0, every batch carrying the
/// snapshot's epoch as its partition leader epoch; first a control batch with one
/// SnapshotHeaderRecord (control type 3), then the metadata records in MetadataRecord's framing,
/// then a control batch with one SnapshotFooterRecord (type 4). A file without both is incomplete.
/// It is written as `.checkpoint.part`, synced, then renamed, so a crash never leaves a
/// `.checkpoint` that is only partly written.
enum MetadataSnapshotFile {
    /// Why a snapshot file cannot be loaded.
    struct CorruptSnapshot: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "corrupt metadata snapshot \(self.path): \(self.reason)" }
    }

    /// Records per data batch. Kafka's batch accumulator splits by size; readers do not depend on
    /// the split.
    static let recordsPerBatch = 500

    /// Writes a complete snapshot of `records`.
    /// - Parameters:
    ///   - directory: the `__cluster_metadata-0` directory.
    ///   - endOffset: the offset after the last record the snapshot covers.
    ///   - lastContainedLogTimestamp: the append time of that record (SnapshotHeaderRecord).
    /// - Returns: the snapshot's name.
    /// - Throws: encoding errors and file errors (`CocoaError`, `StorageIOError`).
    static func write(
        _ records: [MetadataRecord], directory: String, endOffset: Int64, epoch: Int32, lastContainedLogTimestamp: Int64
    ) throws -> KRaftSnapshotFileName {
        let name = KRaftSnapshotFileName(endOffset: endOffset, epoch: epoch)
        let bytes = try self.encode(records, epoch: epoch, timestamp: lastContainedLogTimestamp)
        let partial = KRaftSnapshotFileName(endOffset: endOffset, epoch: epoch, state: .partial)
        let partialPath = "\(directory)/\(partial.fileName)"
        let finalPath = "\(directory)/\(name.fileName)"
        try? FileManager.default.removeItem(atPath: partialPath)
        guard FileManager.default.createFile(atPath: partialPath, contents: Data(bytes.readableBytesView)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partialPath])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partialPath))
        try handle.synchronize()
        try handle.close()
        if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
        try FileManager.default.moveItem(atPath: partialPath, toPath: finalPath)
        try self.syncDirectory(directory)
        return name
    }

    /// The snapshot's bytes: header batch, data batches, footer batch.
    static func encode(_ records: [MetadataRecord], epoch: Int32, timestamp: Int64) throws -> ByteBuffer {
        var output = ByteBuffer()
        var nextOffset: Int64 = 0
        func control(_ type: ControlRecordType, value: ByteBuffer) throws {
            var builder = RecordBatchBuilder(baseOffset: nextOffset, partitionLeaderEpoch: epoch, isControlBatch: true)
            var key = ByteBuffer()
            key.writeInteger(ControlRecordType.currentKeyVersion)
            key.writeInteger(type.rawValue)
            try builder.append(timestamp: timestamp, key: key, value: value)
            var batch = try builder.build()
            output.writeBuffer(&batch)
            nextOffset += 1
        }
        try control(.snapshotHeader, value: try SnapshotHeaderRecord(version: 0, lastContainedLogTimestamp: timestamp).encoded(version: 0))
        var index = 0
        while index < records.count {
            let chunk = records[index..<min(index + Self.recordsPerBatch, records.count)]
            var builder = RecordBatchBuilder(baseOffset: nextOffset, partitionLeaderEpoch: epoch)
            for record in chunk {
                try builder.append(timestamp: timestamp, key: nil, value: try record.encoded())
            }
            var batch = try builder.build()
            output.writeBuffer(&batch)
            nextOffset += Int64(chunk.count)
            index += chunk.count
        }
        try control(.snapshotFooter, value: try SnapshotFooterRecord(version: 0).encoded(version: 0))
        return output
    }

    /// Reads the metadata records of a snapshot file.
    /// - Throws: `CorruptSnapshot` when the header or footer is missing or a batch is damaged;
    ///   `ProtocolDecodingError` for an undecodable record; file errors.
    static func read(path: String) throws -> [MetadataRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorruptSnapshot(path: path, reason: "cannot be read")
        }
        var batches = MemoryRecords(ByteBuffer(bytes: data)).batches()
        var records: [MetadataRecord] = []
        var sawHeader = false
        var sawFooter = false
        while let any = try batches.next() {
            guard case .magic2(let batch) = any else { throw CorruptSnapshot(path: path, reason: "legacy batch") }
            do {
                try batch.validate()
            } catch {
                throw CorruptSnapshot(path: path, reason: "\(error)")
            }
            guard !sawFooter else { throw CorruptSnapshot(path: path, reason: "batches after the footer") }
            var iterator = try batch.records()
            while let record = try iterator.next() {
                if batch.isControlBatch {
                    let type = try ControlRecordType(key: record.key)
                    if type == .snapshotHeader {
                        guard !sawHeader, records.isEmpty else {
                            throw CorruptSnapshot(path: path, reason: "header not at the start")
                        }
                        sawHeader = true
                    } else if type == .snapshotFooter {
                        sawFooter = true
                    }
                    continue
                }
                guard sawHeader else { throw CorruptSnapshot(path: path, reason: "no snapshot header") }
                guard let value = record.value else { continue }
                records.append(try MetadataRecord(decoding: value))
            }
        }
        guard sawHeader && sawFooter else {
            throw CorruptSnapshot(path: path, reason: sawHeader ? "no snapshot footer" : "no snapshot header")
        }
        return records
    }

    /// The snapshot files in `directory`, by state, newest (highest end offset) first.
    static func list(directory: String) -> [KRaftSnapshotFileName] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap(KRaftSnapshotFileName.init(parsing:)).sorted {
            ($0.endOffset, $0.epoch) > ($1.endOffset, $1.epoch)
        }
    }

    /// Makes a rename durable (Kafka Utils.flushDir).
    private static func syncDirectory(_ directory: String) throws {
        let descriptor = open(directory, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = fsync(descriptor)
    }
}
