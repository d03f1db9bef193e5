import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@Suite struct IndexEntryTests {
    @Test func offsetIndexEntriesAreEightBigEndianBytes() throws {
        var buffer = ByteBuffer()
        OffsetIndexEntry(relativeOffset: 0x0102_0304, position: 0x0A0B_0C0D).write(to: &buffer)
        #expect(Array(buffer.readableBytesView) == [1, 2, 3, 4, 0x0A, 0x0B, 0x0C, 0x0D])
        let entry = try OffsetIndexEntry.read(from: &buffer)
        #expect(entry == OffsetIndexEntry(relativeOffset: 0x0102_0304, position: 0x0A0B_0C0D))
        #expect(entry.offset(baseOffset: 100) == 100 + 0x0102_0304)
        #expect(buffer.readableBytes == 0)
    }

    @Test func timeIndexEntriesAreTwelveBigEndianBytes() throws {
        var buffer = ByteBuffer()
        TimeIndexEntry(timestamp: 1_700_000_000_123, relativeOffset: 5).write(to: &buffer)
        #expect(buffer.readableBytes == 12)
        #expect(buffer.getInteger(at: 0, as: Int64.self) == 1_700_000_000_123)
        #expect(buffer.getInteger(at: 8, as: Int32.self) == 5)
        #expect(
            try TimeIndexEntry.read(from: &buffer) == TimeIndexEntry(timestamp: 1_700_000_000_123, relativeOffset: 5))
    }

    @Test func aFailedReadDoesNotMoveTheReaderIndex() {
        var buffer = ByteBuffer(bytes: [0, 0, 0, 1, 0, 0, 0])
        #expect(throws: ProtocolDecodingError.self) { try OffsetIndexEntry.read(from: &buffer) }
        #expect(throws: ProtocolDecodingError.self) { try TimeIndexEntry.read(from: &buffer) }
        #expect(throws: ProtocolDecodingError.self) { try AbortedTransaction.read(from: &buffer) }
        #expect(buffer.readableBytes == 7)
    }

    @Test func decodingAnIndexStopsAtTheZeroFilledTailAndIgnoresAPartialEntry() {
        var buffer = ByteBuffer()
        OffsetIndexEntry(relativeOffset: 0, position: 0).write(to: &buffer)
        OffsetIndexEntry(relativeOffset: 3, position: 91).write(to: &buffer)
        OffsetIndexEntry(relativeOffset: 7, position: 200).write(to: &buffer)
        buffer.writeRepeatingByte(0, count: 8 * 4)
        #expect(OffsetIndexEntry.entries(in: buffer).count == 3)
        buffer.clear()
        OffsetIndexEntry(relativeOffset: 3, position: 91).write(to: &buffer)
        buffer.writeBytes([0, 0, 0])
        #expect(OffsetIndexEntry.entries(in: buffer) == [OffsetIndexEntry(relativeOffset: 3, position: 91)])
        #expect(OffsetIndexEntry.entries(in: ByteBuffer()).isEmpty)
    }

    @Test func decodingATimeIndexStopsAtTheZeroFilledTail() {
        var buffer = ByteBuffer()
        TimeIndexEntry(timestamp: 10, relativeOffset: 0).write(to: &buffer)
        TimeIndexEntry(timestamp: 20, relativeOffset: 4).write(to: &buffer)
        buffer.writeRepeatingByte(0, count: 12 * 2 + 5)
        #expect(
            TimeIndexEntry.entries(in: buffer) == [
                TimeIndexEntry(timestamp: 10, relativeOffset: 0), TimeIndexEntry(timestamp: 20, relativeOffset: 4),
            ])
    }

    @Test func abortedTransactionsAreThirtyFourBytesInKafkaFieldOrder() throws {
        let entry = AbortedTransaction(producerId: 7, firstOffset: 10, lastOffset: 20, lastStableOffset: 15)
        var buffer = ByteBuffer()
        entry.write(to: &buffer)
        #expect(buffer.readableBytes == 34)
        #expect(buffer.getInteger(at: 0, as: Int16.self) == 0)
        #expect(buffer.getInteger(at: 2, as: Int64.self) == 7)
        #expect(buffer.getInteger(at: 10, as: Int64.self) == 10)
        #expect(buffer.getInteger(at: 18, as: Int64.self) == 20)
        #expect(buffer.getInteger(at: 26, as: Int64.self) == 15)
        buffer.writeBytes([1, 2, 3])  // a torn entry at the end is ignored
        #expect(try AbortedTransaction.entries(in: buffer) == [entry])
    }

    @Test func anAbortedTransactionOfAnotherVersionIsAnErrorWithItsPosition() {
        var buffer = ByteBuffer()
        AbortedTransaction(producerId: 1, firstOffset: 0, lastOffset: 1, lastStableOffset: 1).write(to: &buffer)
        AbortedTransaction(version: 3, producerId: 1, firstOffset: 0, lastOffset: 1, lastStableOffset: 1)
            .write(to: &buffer)
        #expect(throws: UnexpectedAbortedTransactionVersion(version: 3, position: 34)) {
            try AbortedTransaction.entries(in: buffer)
        }
    }
}
