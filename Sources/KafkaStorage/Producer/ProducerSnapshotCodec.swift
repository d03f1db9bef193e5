import KafkaProtocol
import NIOCore

// TODO(issue 3): use Formats/ (ProducerSnapshotFile) once merged.

/// Kafka's producer-state `.snapshot` format, version 1 (Kafka ProducerStateManager.java
/// `writeSnapshot`/`readSnapshot`): `version int16`, `crc uint32` (CRC-32C of everything after it),
/// then an int32-counted array of 46-byte entries: `producerId int64`, `epoch int16`,
/// `lastSequence int32`, `lastOffset int64`, `offsetDelta int32`, `timestamp int64`,
/// `coordinatorEpoch int32`, `currentTxnFirstOffset int64` (-1 when none).
enum ProducerSnapshotCodec {
    static let version: Int16 = 1
    static let entrySize = 46
    static let entriesOffset = 6

    static func encode(_ entries: [ProducerStateEntry]) -> [UInt8] {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(10 + entries.count * Self.entrySize)
        buffer.writeInteger(Self.version)
        buffer.writeInteger(UInt32(0))
        buffer.writeInteger(Int32(entries.count))
        for entry in entries {
            let last = entry.batchMetadata.last
            buffer.writeInteger(entry.producerId)
            buffer.writeInteger(entry.producerEpoch)
            buffer.writeInteger(last?.lastSequence ?? -1)
            buffer.writeInteger(last?.lastOffset ?? -1)
            buffer.writeInteger(last?.offsetDelta ?? 0)
            buffer.writeInteger(entry.lastTimestamp)
            buffer.writeInteger(entry.coordinatorEpoch)
            buffer.writeInteger(entry.currentTransactionFirstOffset ?? -1)
        }
        let crc = buffer.withUnsafeReadableBytes { bytes in
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[Self.entriesOffset...]))
        }
        buffer.setInteger(crc, at: 2)
        return Array(buffer.readableBytesView)
    }

    /// - Throws: `CorruptCheckpointError` for a bad version, CRC or length.
    static func decode(_ bytes: ByteBuffer, path: String) throws -> [ProducerStateEntry] {
        var buffer = bytes
        guard let version = buffer.readInteger(as: Int16.self), let crc = buffer.readInteger(as: UInt32.self) else {
            throw CorruptCheckpointError(path: path, reason: "truncated snapshot header")
        }
        guard version == Self.version else {
            throw CorruptCheckpointError(path: path, reason: "snapshot version \(version)")
        }
        let computed = CRC32C.checksum(buffer)
        guard computed == crc else {
            throw CorruptCheckpointError(path: path, reason: "snapshot CRC \(computed) does not match \(crc)")
        }
        guard let count = buffer.readInteger(as: Int32.self), count >= 0,
            buffer.readableBytes == Int(count) * Self.entrySize
        else {
            throw CorruptCheckpointError(path: path, reason: "snapshot entry count does not match its length")
        }
        var entries: [ProducerStateEntry] = []
        for _ in 0..<Int(count) {
            guard let producerId = buffer.readInteger(as: Int64.self),
                let epoch = buffer.readInteger(as: Int16.self),
                let lastSequence = buffer.readInteger(as: Int32.self),
                let lastOffset = buffer.readInteger(as: Int64.self),
                let offsetDelta = buffer.readInteger(as: Int32.self),
                let timestamp = buffer.readInteger(as: Int64.self),
                let coordinatorEpoch = buffer.readInteger(as: Int32.self),
                let transactionFirstOffset = buffer.readInteger(as: Int64.self)
            else { throw CorruptCheckpointError(path: path, reason: "truncated snapshot entry") }
            var entry = ProducerStateEntry(
                producerId: producerId, producerEpoch: epoch, coordinatorEpoch: coordinatorEpoch, lastTimestamp: timestamp,
                currentTransactionFirstOffset: transactionFirstOffset >= 0 ? transactionFirstOffset : nil)
            if lastOffset >= 0 {
                entry.batchMetadata = [
                    BatchMetadata(lastSequence: lastSequence, lastOffset: lastOffset, offsetDelta: offsetDelta, timestamp: timestamp)
                ]
            }
            entries.append(entry)
        }
        return entries
    }
}
