import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

@Suite("Fetched records")
struct FetchedRecordsTests {
    let partition = TopicPartition(topic: "t", partition: 0)

    func batch(
        baseOffset: Int64, values: [String], producerId: Int64 = -1, transactional: Bool = false,
        compression: CompressionCodec = .none
    ) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset, producerId: producerId, producerEpoch: producerId >= 0 ? 0 : -1,
            baseSequence: producerId >= 0 ? 0 : -1, isTransactional: transactional, compression: compression)
        for value in values { try builder.append(timestamp: 5, key: nil, value: ByteBuffer(string: value)) }
        return try builder.build()
    }

    func abortMarker(offset: Int64, producerId: Int64) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(
            baseOffset: offset, producerId: producerId, producerEpoch: 0, isTransactional: true, isControlBatch: true)
        var key = ByteBuffer()
        key.writeInteger(Int16(0))
        key.writeInteger(Int16(0))  // ControlRecordType.ABORT
        var value = ByteBuffer()
        value.writeInteger(Int16(0))
        value.writeInteger(Int32(0))
        try builder.append(timestamp: 5, key: key, value: value)
        return try builder.build()
    }

    @Test("Records before the fetch offset in a compressed batch are skipped")
    func skipsBeforeFetchOffset() throws {
        let bytes = try self.batch(baseOffset: 10, values: ["a", "b", "c", "d"], compression: .gzip)
        let fetched = try FetchedRecords(
            topicPartition: self.partition, records: bytes, fetchOffset: 12, abortedTransactions: nil,
            readCommitted: false, checkCRCs: true)
        #expect(fetched.records.map(\.offset) == [12, 13])
        #expect(fetched.records.map(\.valueString) == ["c", "d"])
        #expect(fetched.nextFetchOffset == 14)
    }

    @Test("A cut-off last batch is left for the next fetch")
    func partialBatch() throws {
        var bytes = try self.batch(baseOffset: 0, values: ["a"])
        let second = try self.batch(baseOffset: 1, values: ["b"])
        bytes.writeImmutableBuffer(second.getSlice(at: second.readerIndex, length: second.readableBytes - 3)!)
        let fetched = try FetchedRecords(
            topicPartition: self.partition, records: bytes, fetchOffset: 0, abortedTransactions: nil,
            readCommitted: false, checkCRCs: true)
        #expect(fetched.records.map(\.offset) == [0])
        #expect(fetched.nextFetchOffset == 1)
    }

    @Test("read_committed drops aborted transactions and control batches; read_uncommitted keeps the data")
    func abortedTransactions() throws {
        var bytes = try self.batch(baseOffset: 0, values: ["committed"])
        bytes.writeImmutableBuffer(
            try self.batch(baseOffset: 1, values: ["aborted-1", "aborted-2"], producerId: 7, transactional: true))
        bytes.writeImmutableBuffer(try self.abortMarker(offset: 3, producerId: 7))
        bytes.writeImmutableBuffer(try self.batch(baseOffset: 4, values: ["after"], producerId: 7, transactional: true))
        let aborted = [FetchResponse.AbortedTransaction(producerId: 7, firstOffset: 1)]
        let committed = try FetchedRecords(
            topicPartition: self.partition, records: bytes, fetchOffset: 0, abortedTransactions: aborted,
            readCommitted: true, checkCRCs: true)
        #expect(committed.records.map(\.valueString) == ["committed", "after"])
        #expect(committed.nextFetchOffset == 5)
        let everything = try FetchedRecords(
            topicPartition: self.partition, records: bytes, fetchOffset: 0, abortedTransactions: aborted,
            readCommitted: false, checkCRCs: true)
        #expect(everything.records.map(\.valueString) == ["committed", "aborted-1", "aborted-2", "after"])
    }

    @Test("A corrupt batch is an error when CRCs are checked")
    func corruptBatch() throws {
        var bytes = try self.batch(baseOffset: 0, values: ["hello"])
        let last = bytes.writerIndex - 1
        bytes.setInteger(bytes.getInteger(at: last, as: UInt8.self)! ^ 0xFF, at: last)
        #expect(throws: (any Error).self) {
            try FetchedRecords(
                topicPartition: self.partition, records: bytes, fetchOffset: 0, abortedTransactions: nil,
                readCommitted: false, checkCRCs: true)
        }
    }
}
