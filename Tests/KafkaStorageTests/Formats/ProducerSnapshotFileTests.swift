import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@Suite struct ProducerSnapshotFileTests {
    static let entries = [
        ProducerSnapshotEntry(
            producerId: 1000, producerEpoch: 2, lastSequence: 9, lastOffset: 42, offsetDelta: 4,
            timestamp: 1_700_000_000_000, coordinatorEpoch: 5, currentTxnFirstOffset: 38),
        ProducerSnapshotEntry(
            producerId: 1001, producerEpoch: 0, lastSequence: -1, lastOffset: -1, offsetDelta: 0,
            timestamp: 1_700_000_000_001, coordinatorEpoch: -1, currentTxnFirstOffset: nil),
    ]

    /// The file as Kafka's writeSnapshot lays it out, built by hand field by field.
    static func handBuiltFile() -> ByteBuffer {
        var body = ByteBuffer()
        body.writeInteger(Int32(2))
        for (id, epoch, seq, offset, delta, timestamp, coordinator, txn) in [
            (Int64(1000), Int16(2), Int32(9), Int64(42), Int32(4), Int64(1_700_000_000_000), Int32(5), Int64(38)),
            (1001, 0, -1, -1, 0, 1_700_000_000_001, -1, -1),
        ] {
            body.writeInteger(id)
            body.writeInteger(epoch)
            body.writeInteger(seq)
            body.writeInteger(offset)
            body.writeInteger(delta)
            body.writeInteger(timestamp)
            body.writeInteger(coordinator)
            body.writeInteger(txn)
        }
        var file = ByteBuffer()
        file.writeInteger(Int16(1))
        file.writeInteger(CRC32C.checksum(body))
        file.writeImmutableBuffer(body)
        return file
    }

    @Test func writingProducesKafkasLayout() {
        let bytes = ProducerSnapshotFile(entries: Self.entries).bytes()
        #expect(bytes == Self.handBuiltFile())
        #expect(bytes.readableBytes == 2 + 4 + 4 + 2 * 46)
    }

    @Test func readingRecoversEveryField() throws {
        let file = try ProducerSnapshotFile(decoding: Self.handBuiltFile())
        #expect(file.entries == Self.entries)
        #expect(file.entries[0].hasBatchMetadata)
        #expect(file.entries[0].firstSequence == 5)
        #expect(!file.entries[1].hasBatchMetadata)
    }

    @Test func anEmptySnapshotRoundTrips() throws {
        let bytes = ProducerSnapshotFile(entries: []).bytes()
        #expect(bytes.readableBytes == 10)
        #expect(try ProducerSnapshotFile(decoding: bytes).entries.isEmpty)
    }

    @Test func firstSequenceWrapsLikeKafkasDecrementSequence() {
        var entry = Self.entries[0]
        entry.lastSequence = 2
        entry.offsetDelta = 4
        #expect(entry.firstSequence == Int32.max - 1)
    }

    @Test func aFlippedByteIsAChecksumMismatch() throws {
        var bytes = Self.handBuiltFile()
        let position = 20
        bytes.setInteger(bytes.getInteger(at: position, as: UInt8.self)! ^ 0xFF, at: position)
        #expect {
            try ProducerSnapshotFile(decoding: bytes)
        } throws: { error in
            guard case .checksumMismatch(let stored, let computed) = error as? CorruptProducerSnapshot else {
                return false
            }
            return stored != computed
                && "\(error)".hasPrefix("Snapshot is corrupt (CRC is no longer valid). Stored crc: \(stored).")
        }
    }

    @Test func anotherVersionIsRejectedWithKafkasMessage() {
        var bytes = Self.handBuiltFile()
        bytes.setInteger(Int16(2), at: 0)
        #expect(throws: CorruptProducerSnapshot.unknownVersion(2)) { try ProducerSnapshotFile(decoding: bytes) }
        #expect("\(CorruptProducerSnapshot.unknownVersion(2))" == "Snapshot contained an unknown file version 2")
    }

    @Test func everyTruncationIsASchemaError() {
        let bytes = Self.handBuiltFile()
        for length in 0..<bytes.readableBytes {
            let truncated = bytes.getSlice(at: 0, length: length)!
            #expect {
                try ProducerSnapshotFile(decoding: truncated)
            } throws: { error in
                guard case .schemaValidation = error as? CorruptProducerSnapshot else { return false }
                return true
            }
        }
    }

    @Test func aNegativeCountIsASchemaError() {
        var bytes = ProducerSnapshotFile(entries: []).bytes()
        bytes.setInteger(Int32(-1), at: 6)
        #expect(
            throws: CorruptProducerSnapshot.schemaValidation(
                detail: "Error reading field 'producer_entries': Array size -1 cannot be negative")
        ) { try ProducerSnapshotFile(decoding: bytes) }
    }
}
