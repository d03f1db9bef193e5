/// What a record's timestamp means (Kafka TimestampType.java).
///
/// Magic 2 batches and magic 1 messages carry it in attribute bit 3; magic 0 messages have no
/// timestamps at all, which Kafka reports as `NO_TIMESTAMP_TYPE` (-1).
public enum TimestampType: Int8, Sendable, CaseIterable, CustomStringConvertible {
    /// Magic 0 messages: no timestamp (their timestamp reads as -1, Kafka `RecordBatch.NO_TIMESTAMP`).
    case noTimestampType = -1
    /// The producer's timestamp (`CreateTime`).
    case createTime = 0
    /// The broker's append time (`LogAppendTime`), written into the batch's max timestamp.
    case logAppendTime = 1

    /// Kafka's display name, as `kafka-dump-log.sh` prints it.
    public var description: String {
        switch self {
        case .noTimestampType: return "NoTimestampType"
        case .createTime: return "CreateTime"
        case .logAppendTime: return "LogAppendTime"
        }
    }
}
