/// A transaction index entry has a version other than 0, so the file cannot be read (Kafka
/// TransactionIndex.java throws a KafkaException "Unexpected aborted transaction version ...").
public struct UnexpectedAbortedTransactionVersion: Error, Hashable, Sendable, CustomStringConvertible {
    /// The version found.
    public var version: Int16
    /// Byte position of the entry in the file.
    public var position: Int

    public init(version: Int16, position: Int) {
        self.version = version
        self.position = position
    }

    public var description: String {
        "Unexpected aborted transaction version \(self.version) at position \(self.position)"
            + " in transaction index, current version is \(AbortedTransaction.currentVersion)"
    }
}
