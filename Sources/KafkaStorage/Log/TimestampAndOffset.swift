/// The answer to a ListOffsets query (Kafka FileRecords.java `TimestampAndOffset`).
public struct TimestampAndOffset: Sendable, Hashable {
    /// The record's timestamp, -1 for the special queries that have none.
    public var timestamp: Int64
    public var offset: Int64
    /// The leader epoch of the offset, when the epoch cache knows it.
    public var leaderEpoch: Int32?

    public init(timestamp: Int64, offset: Int64, leaderEpoch: Int32?) {
        self.timestamp = timestamp
        self.offset = offset
        self.leaderEpoch = leaderEpoch
    }

    /// ListOffsets' special timestamps (Kafka ListOffsetsRequest.java).
    public static let latestTimestamp: Int64 = -1
    public static let earliestTimestamp: Int64 = -2
    public static let maxTimestamp: Int64 = -3
    public static let earliestLocalTimestamp: Int64 = -4
    public static let latestTieredTimestamp: Int64 = -5
}
