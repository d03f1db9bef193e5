/// A committed offset as the coordinator keeps it and as `OffsetCommitValue` stores it (Kafka
/// OffsetAndMetadata.java).
public struct CommittedOffset: Sendable, Hashable {
    public var offset: Int64
    /// -1 when the committer did not know it.
    public var leaderEpoch: Int32
    public var metadata: String
    /// Wall-clock milliseconds.
    public var commitTimestampMs: Int64
    /// Set only by OffsetCommit v2-4 with a retention time; the offset expires then.
    public var expireTimestampMs: Int64?

    public init(offset: Int64, leaderEpoch: Int32 = -1, metadata: String = "", commitTimestampMs: Int64, expireTimestampMs: Int64? = nil) {
        self.offset = offset
        self.leaderEpoch = leaderEpoch
        self.metadata = metadata
        self.commitTimestampMs = commitTimestampMs
        self.expireTimestampMs = expireTimestampMs
    }
}
