/// What a read returns (Kafka FetchDataInfo.java plus the offsets a Fetch response reports).
public struct LogReadInfo: Sendable {
    /// The batches from the one holding the fetch offset, nil when there is nothing to return.
    /// The slice may end inside a batch, as Kafka's do.
    public var records: FileSlice?
    /// The offset asked for.
    public var fetchOffset: Int64
    public var highWatermark: Int64
    public var lastStableOffset: Int64
    public var logStartOffset: Int64
    public var logEndOffset: Int64
    /// Aborted transactions overlapping the data, for read-committed fetches; nil otherwise.
    public var abortedTransactions: [AbortedTransaction]?

    /// Bytes returned.
    public var byteCount: Int { self.records?.length ?? 0 }
}
