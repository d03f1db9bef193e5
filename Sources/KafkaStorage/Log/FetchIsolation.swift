/// How far a read may go (Kafka FetchIsolation.java).
public enum FetchIsolation: Sendable, Hashable {
    /// To the log end offset: followers and tools.
    case logEnd
    /// To the high watermark: read_uncommitted consumers.
    case highWatermark
    /// To the last stable offset: read_committed consumers.
    case committed
}
