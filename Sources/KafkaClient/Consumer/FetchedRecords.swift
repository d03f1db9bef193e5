import KafkaProtocol
import NIOCore

/// The records of one partition in a Fetch response, ready to hand out (Kafka
/// CompletedFetch.java): batches decoded and decompressed, records before the fetch offset
/// skipped (a compressed batch may start earlier), control batches dropped, and with
/// read_committed the records of aborted transactions removed.
public struct FetchedRecords: Sendable {
    public var records: [ConsumerRecord]
    /// Where the next fetch starts: past the last whole batch, control batches included.
    public var nextFetchOffset: Int64

    /// Decodes a partition's records.
    /// - Parameters:
    ///   - fetchOffset: the offset the fetch asked for.
    ///   - abortedTransactions: the response's list, used with `readCommitted`.
    ///   - checkCRCs: validate each batch's CRC-32C first (Kafka `check.crcs`).
    /// - Throws: `ProtocolDecodingError` or `CompressionError` for corrupt data.
    public init(
        topicPartition: TopicPartition, records buffer: ByteBuffer, fetchOffset: Int64,
        abortedTransactions: [FetchResponse.AbortedTransaction]?, readCommitted: Bool, checkCRCs: Bool
    ) throws {
        self.records = []
        self.nextFetchOffset = fetchOffset
        // Aborted transactions in order of first offset; a producer's transaction counts as
        // aborted from its first offset until its abort marker (Kafka CompletedFetch.nextFetchedRecord).
        var pendingAborts = (abortedTransactions ?? []).sorted { $0.firstOffset < $1.firstOffset }
        var abortedProducers: Set<Int64> = []
        var batches = MemoryRecords(buffer).batches()
        while let batch = try batches.next() {
            if checkCRCs { try batch.validate() }
            switch batch {
            case .magic2(let batch):
                if batch.nextOffset <= fetchOffset { continue }
                if readCommitted {
                    while let first = pendingAborts.first, first.firstOffset <= batch.lastOffset {
                        abortedProducers.insert(first.producerId)
                        pendingAborts.removeFirst()
                    }
                }
                defer { self.nextFetchOffset = max(self.nextFetchOffset, batch.nextOffset) }
                if batch.isControlBatch {
                    // The abort marker ends the producer's aborted transaction.
                    if readCommitted && batch.isTransactional { abortedProducers.remove(batch.producerId) }
                    continue
                }
                if readCommitted && batch.isTransactional && abortedProducers.contains(batch.producerId) { continue }
                var iterator = try batch.records()
                while let record = try iterator.next() {
                    guard record.offset >= fetchOffset else { continue }
                    self.records.append(
                        ConsumerRecord(
                            topic: topicPartition.topic, partition: topicPartition.partition, offset: record.offset,
                            timestamp: record.timestamp, timestampType: batch.timestampType, key: record.key,
                            value: record.value, headers: Array(record.headers),
                            leaderEpoch: batch.partitionLeaderEpoch))
                }
            case .legacy(let entry):
                if entry.lastOffset < fetchOffset { continue }
                var iterator = try entry.records()
                while let record = try iterator.next() {
                    guard record.offset >= fetchOffset else { continue }
                    self.records.append(
                        ConsumerRecord(
                            topic: topicPartition.topic, partition: topicPartition.partition, offset: record.offset,
                            timestamp: record.timestamp, timestampType: record.timestampType, key: record.key,
                            value: record.value, headers: [], leaderEpoch: -1))
                }
                self.nextFetchOffset = max(self.nextFetchOffset, entry.lastOffset + 1)
            }
        }
    }
}
