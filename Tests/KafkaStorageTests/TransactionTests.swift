import Foundation
import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaStorage

@Suite struct TransactionTests {
    let directory = TemporaryDirectory()
    let clock = ManualClock()

    func marker(_ type: ControlRecordType, producerId: Int64, epoch: Int16) throws -> ByteBuffer {
        try EndTransactionMarker(type: type, coordinatorEpoch: 4).encodeBatch(
            baseOffset: 0, timestamp: self.clock.now, partitionLeaderEpoch: 0, producerId: producerId,
            producerEpoch: epoch)
    }

    @Test func anAbortMarkerWritesTheTransactionIndexAndTheLastStableOffsetFollowsOpenTransactions() throws {
        let log = try PartitionLog.open(
            directory: self.directory.path + "/txn-0", topicPartition: TopicPartition(topic: "txn", partition: 0),
            clock: self.clock.storageClock)
        _ = try log.appendAsLeader(try makeBatch(count: 2, timestamp: self.clock.now), leaderEpoch: 0)
        _ = try log.appendAsLeader(
            try makeBatch(
                count: 3, timestamp: self.clock.now, producerId: 9, producerEpoch: 0, baseSequence: 0,
                isTransactional: true),
            leaderEpoch: 0)
        _ = try log.appendAsLeader(
            try makeBatch(
                count: 1, timestamp: self.clock.now, producerId: 10, producerEpoch: 0, baseSequence: 0,
                isTransactional: true),
            leaderEpoch: 0)
        log.updateHighWatermark(log.logEndOffset)
        #expect(log.lastStableOffset == 2)
        #expect(throws: InvalidRecordError.self) {
            try log.appendAsLeader(try self.marker(.abort, producerId: 9, epoch: 0), leaderEpoch: 0)
        }
        let abort = try log.appendAsLeader(
            try self.marker(.abort, producerId: 9, epoch: 0), leaderEpoch: 0, origin: .coordinator)
        #expect(abort.firstOffset == 6)
        log.updateHighWatermark(log.logEndOffset)
        #expect(log.lastStableOffset == 5)
        _ = try log.appendAsLeader(
            try self.marker(.commit, producerId: 10, epoch: 0), leaderEpoch: 0, origin: .coordinator)
        log.updateHighWatermark(log.logEndOffset)
        #expect(log.lastStableOffset == 8)
        let expected = AbortedTransaction(producerId: 9, firstOffset: 2, lastOffset: 6, lastStableOffset: 5)
        #expect(try log.abortedTransactions(from: 0, upperBound: 8) == [expected])
        let info = try log.read(from: 0, maxBytes: 1 << 20, isolation: .committed)
        #expect(info.abortedTransactions == [expected])
        var bytes = ByteBuffer()
        expected.write(to: &bytes)
        #expect(fileBytes(log.directory + "/00000000000000000000.txnindex") == Array(bytes.readableBytesView))

        // The index is rebuilt by recovery.
        try log.close()
        try FileManager.default.removeItem(atPath: log.directory + "/00000000000000000000.txnindex")
        let reopened = try PartitionLog.open(
            directory: log.directory, topicPartition: log.topicPartition, clock: self.clock.storageClock)
        #expect(try reopened.abortedTransactions(from: 0, upperBound: 8) == [expected])
    }
}
