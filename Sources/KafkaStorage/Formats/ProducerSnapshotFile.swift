import KafkaProtocol
import NIOCore

/// The contents of a producer state snapshot (`<20-digit offset>.snapshot`): the state of every
/// producer that wrote to the partition, as of the offset in the file name.
///
/// Layout, verified against Kafka's ProducerStateManager.java (storage module, `readSnapshot`,
/// `writeSnapshot`, `PID_SNAPSHOT_MAP_SCHEMA`): int16 version (1) at byte 0, uint32 crc at byte 2,
/// then from byte 6 an int32 count and that many `ProducerSnapshotEntry`s. The CRC is CRC32C over
/// every byte from 6 to the end of the file. Kafka checks the structure first, then the version,
/// then the CRC; a negative `lastOffset` means the entry has no batch metadata and a negative
/// `currentTxnFirstOffset` means no open transaction.
public struct ProducerSnapshotFile: Hashable, Sendable {
    /// The only version Kafka writes or reads (`PRODUCER_SNAPSHOT_VERSION`).
    public static let currentVersion: Int16 = 1
    /// Byte position of the CRC field (`CRC_OFFSET`).
    public static let crcPosition = 2
    /// Byte position where the CRC-covered part begins (`PRODUCER_ENTRIES_OFFSET`).
    public static let entriesPosition = 6

    /// The producers, in file order.
    public var entries: [ProducerSnapshotEntry]

    public init(entries: [ProducerSnapshotEntry]) {
        self.entries = entries
    }

    /// Decodes a whole snapshot file's bytes (the readable bytes of `bytes`).
    ///
    /// - Throws: `CorruptProducerSnapshot`: `.schemaValidation` when truncated or the count is
    ///   impossible, `.unknownVersion`, `.checksumMismatch`.
    public init(decoding bytes: ByteBuffer) throws {
        var buffer = bytes
        let start = bytes.readerIndex
        func position() -> Int { buffer.readerIndex - start }
        func truncated(_ field: String, _ needed: Int) -> CorruptProducerSnapshot {
            .schemaValidation(
                detail: "Error reading field '\(field)' at position \(position()): needed \(needed) bytes, "
                    + "\(buffer.readableBytes) available")
        }
        guard let version = buffer.readInteger(as: Int16.self) else {
            throw truncated("version", 2)
        }
        guard let storedCrc = buffer.readInteger(as: UInt32.self) else {
            throw truncated("crc", 4)
        }
        guard let count = buffer.readInteger(as: Int32.self) else {
            throw truncated("producer_entries", 4)
        }
        guard count >= 0 else {
            throw CorruptProducerSnapshot.schemaValidation(
                detail: "Error reading field 'producer_entries': Array size \(count) cannot be negative")
        }
        guard Int(count) * ProducerSnapshotEntry.size <= buffer.readableBytes else {
            throw CorruptProducerSnapshot.schemaValidation(
                detail: "Error reading field 'producer_entries': array of \(count) entries needs "
                    + "\(Int(count) * ProducerSnapshotEntry.size) bytes at position \(position()), "
                    + "\(buffer.readableBytes) available")
        }
        var entries: [ProducerSnapshotEntry] = []
        entries.reserveCapacity(Int(count))
        for _ in 0..<Int(count) {
            // The count check above guarantees every read succeeds; `?? 0` never applies.
            let producerId = buffer.readInteger(as: Int64.self) ?? 0
            let producerEpoch = buffer.readInteger(as: Int16.self) ?? 0
            let lastSequence = buffer.readInteger(as: Int32.self) ?? 0
            let lastOffset = buffer.readInteger(as: Int64.self) ?? 0
            let offsetDelta = buffer.readInteger(as: Int32.self) ?? 0
            let timestamp = buffer.readInteger(as: Int64.self) ?? 0
            let coordinatorEpoch = buffer.readInteger(as: Int32.self) ?? 0
            let currentTxnFirstOffset = buffer.readInteger(as: Int64.self) ?? -1
            entries.append(
                ProducerSnapshotEntry(
                    producerId: producerId, producerEpoch: producerEpoch, lastSequence: lastSequence,
                    lastOffset: lastOffset, offsetDelta: offsetDelta, timestamp: timestamp,
                    coordinatorEpoch: coordinatorEpoch,
                    currentTxnFirstOffset: currentTxnFirstOffset >= 0 ? currentTxnFirstOffset : nil))
        }
        guard version == Self.currentVersion else {
            throw CorruptProducerSnapshot.unknownVersion(version)
        }
        let covered =
            bytes.getSlice(
                at: start + Self.entriesPosition, length: bytes.readableBytes - Self.entriesPosition) ?? ByteBuffer()
        let computedCrc = CRC32C.checksum(covered)
        guard computedCrc == storedCrc else {
            throw CorruptProducerSnapshot.checksumMismatch(stored: storedCrc, computed: computedCrc)
        }
        self.entries = entries
    }

    /// Appends the whole file: version, CRC, count and entries.
    public func write(to buffer: inout ByteBuffer) {
        let start = buffer.writerIndex
        buffer.writeInteger(Self.currentVersion)
        buffer.writeInteger(UInt32(0))  // filled in below, once the covered bytes exist
        buffer.writeInteger(Int32(self.entries.count))
        for entry in self.entries {
            buffer.writeInteger(entry.producerId)
            buffer.writeInteger(entry.producerEpoch)
            buffer.writeInteger(entry.lastSequence)
            buffer.writeInteger(entry.lastOffset)
            buffer.writeInteger(entry.offsetDelta)
            buffer.writeInteger(entry.timestamp)
            buffer.writeInteger(entry.coordinatorEpoch)
            buffer.writeInteger(entry.currentTxnFirstOffset ?? -1)
        }
        let coveredLength = buffer.writerIndex - start - Self.entriesPosition
        let covered = buffer.getSlice(at: start + Self.entriesPosition, length: coveredLength) ?? ByteBuffer()
        buffer.setInteger(CRC32C.checksum(covered), at: start + Self.crcPosition)
    }

    /// The whole file as bytes.
    public func bytes() -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(Self.entriesPosition + 4 + self.entries.count * ProducerSnapshotEntry.size)
        self.write(to: &buffer)
        return buffer
    }
}
