/// A transaction the log has seen start, and once its marker is written, end (Kafka TxnMetadata.java,
/// CompletedTxn.java).
public struct TransactionMetadata: Hashable, Sendable {
    public var producerId: Int64
    public var firstOffset: Int64
    /// The marker's offset once the transaction ended.
    public var lastOffset: Int64?
    public var isAborted: Bool

    public init(producerId: Int64, firstOffset: Int64, lastOffset: Int64? = nil, isAborted: Bool = false) {
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.isAborted = isAborted
    }
}
