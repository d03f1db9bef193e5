import KafkaProtocol

/// What an append did (Kafka LogAppendInfo.java): the offsets it assigned, the timestamps the
/// Produce response reports, and the log start offset.
public struct LogAppendInfo: Sendable, Hashable {
    /// Offset of the first record appended, -1 when nothing was.
    public var firstOffset: Int64
    /// Offset of the last record appended, -1 when nothing was.
    public var lastOffset: Int64
    /// The largest batch max timestamp, -1 when none.
    public var maxTimestamp: Int64
    /// Last offset of the batch holding `maxTimestamp` (Kafka `shallowOffsetOfMaxTimestamp`).
    public var offsetOfMaxTimestamp: Int64
    /// The broker time written under `LogAppendTime`, -1 under `CreateTime`.
    public var logAppendTime: Int64
    public var logStartOffset: Int64
    /// Records in the appended batches, by their headers.
    public var recordCount: Int
    /// Bytes written.
    public var validBytes: Int
    /// The codec the batches arrived with (of the last batch) and the one they were stored with.
    public var sourceCompression: CompressionCodec
    public var targetCompression: CompressionCodec
    /// True when the batch was a producer's retry of one already in the log: nothing was written
    /// and the offsets are those of the original (Kafka `DUPLICATE_SEQUENCE` handling).
    public var isDuplicate: Bool

    public init(
        firstOffset: Int64, lastOffset: Int64, maxTimestamp: Int64, offsetOfMaxTimestamp: Int64, logAppendTime: Int64,
        logStartOffset: Int64, recordCount: Int, validBytes: Int, sourceCompression: CompressionCodec,
        targetCompression: CompressionCodec, isDuplicate: Bool
    ) {
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.maxTimestamp = maxTimestamp
        self.offsetOfMaxTimestamp = offsetOfMaxTimestamp
        self.logAppendTime = logAppendTime
        self.logStartOffset = logStartOffset
        self.recordCount = recordCount
        self.validBytes = validBytes
        self.sourceCompression = sourceCompression
        self.targetCompression = targetCompression
        self.isDuplicate = isDuplicate
    }
}
