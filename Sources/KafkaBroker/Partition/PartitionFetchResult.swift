import KafkaProtocol
import KafkaStorage

/// One partition's part of a fetch (Kafka LogReadResult): the records as a file slice, never
/// copied, and the offsets the response reports. On error the offsets are -1 and there are no records.
public struct PartitionFetchResult: Sendable {
    public var key: FetchPartitionKey
    /// The partition the key resolved to; nil for an unknown topic id.
    public var topicPartition: TopicPartition?
    public var error: ErrorCode
    public var highWatermark: Int64 = -1
    public var lastStableOffset: Int64 = -1
    public var logStartOffset: Int64 = -1
    /// The batches from the one holding the fetch offset; may end inside a batch.
    public var records: FileSlice?
    /// Aborted transactions in the range read, for read_committed; nil otherwise.
    public var abortedTransactions: [AbortedTransaction]?
    /// The leader as the image knows it, for NOT_LEADER_OR_FOLLOWER and FENCED_LEADER_EPOCH
    /// answers (KIP-951); -1 when unknown.
    public var currentLeader: Int32 = -1
    public var currentLeaderEpoch: Int32 = -1

    public init(key: FetchPartitionKey, topicPartition: TopicPartition?, error: ErrorCode) {
        self.key = key
        self.topicPartition = topicPartition
        self.error = error
    }

    /// Bytes of records.
    public var recordBytes: Int { self.records?.length ?? 0 }

    /// What a fetch session remembers of this answer.
    public var summary: FetchPartitionSummary {
        FetchPartitionSummary(
            error: self.error, highWatermark: self.highWatermark, lastStableOffset: self.lastStableOffset,
            logStartOffset: self.logStartOffset, recordBytes: self.recordBytes)
    }
}
