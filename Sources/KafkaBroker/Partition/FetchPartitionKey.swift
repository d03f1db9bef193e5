import KafkaProtocol

/// One partition of a fetch as the client names it: by topic id from Fetch v13 on (KIP-516), by
/// topic name before. Exactly one of `topicId` and `topic` is set, so a session keyed by ids
/// keeps its partitions even if a topic's name changes meaning (deleted and re-created).
public struct FetchPartitionKey: Hashable, Sendable, CustomStringConvertible {
    /// `Uuid.zero` when the fetch names topics.
    public var topicId: Uuid
    /// Empty when the fetch uses topic ids.
    public var topic: String
    public var partition: Int32

    public init(topicId: Uuid, partition: Int32) {
        self.topicId = topicId
        self.topic = ""
        self.partition = partition
    }

    public init(topic: String, partition: Int32) {
        self.topicId = .zero
        self.topic = topic
        self.partition = partition
    }

    public var description: String {
        self.topic.isEmpty ? "\(self.topicId)-\(self.partition)" : "\(self.topic)-\(self.partition)"
    }
}

/// What a fetch asks of one partition (Kafka FetchRequest.PartitionData).
public struct FetchPartitionParameters: Sendable, Equatable {
    public var key: FetchPartitionKey
    public var fetchOffset: Int64
    /// The leader epoch the client knows, -1 for none (KIP-320).
    public var currentLeaderEpoch: Int32
    public var lastFetchedEpoch: Int32
    /// A follower's log start offset; -1 from consumers.
    public var logStartOffset: Int64
    /// `partition_max_bytes`.
    public var maxBytes: Int32

    public init(
        key: FetchPartitionKey, fetchOffset: Int64, currentLeaderEpoch: Int32 = -1, lastFetchedEpoch: Int32 = -1,
        logStartOffset: Int64 = -1, maxBytes: Int32
    ) {
        self.key = key
        self.fetchOffset = fetchOffset
        self.currentLeaderEpoch = currentLeaderEpoch
        self.lastFetchedEpoch = lastFetchedEpoch
        self.logStartOffset = logStartOffset
        self.maxBytes = maxBytes
    }
}

/// The parts of a partition's fetch answer that a session remembers, so that an incremental
/// response can leave out partitions with nothing new (Kafka FetchSession.CachedPartition).
public struct FetchPartitionSummary: Sendable, Equatable {
    public var error: ErrorCode
    public var highWatermark: Int64
    public var lastStableOffset: Int64
    public var logStartOffset: Int64
    /// Bytes of records in the answer.
    public var recordBytes: Int

    public init(error: ErrorCode, highWatermark: Int64, lastStableOffset: Int64, logStartOffset: Int64, recordBytes: Int) {
        self.error = error
        self.highWatermark = highWatermark
        self.lastStableOffset = lastStableOffset
        self.logStartOffset = logStartOffset
        self.recordBytes = recordBytes
    }
}
