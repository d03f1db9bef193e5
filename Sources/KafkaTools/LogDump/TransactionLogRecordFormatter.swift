import KafkaProtocol
import NIOCore

/// `--transaction-log-decoder`: `__transaction_state` records as Kafka prints them
/// (TransactionLog.scala `formatRecordKeyAndValue`): key `transaction_metadata::transactionalId=<id>`,
/// payload `producerId:<id>,producerEpoch:<e>,state=<State>,partitions=[t-0,...],
/// txnLastUpdateTimestamp=<ms>,txnTimeoutMs=<ms>`, tombstone `<DELETE>`.
enum TransactionLogRecordFormatter {
    /// Kafka's TransactionState names by their stored byte (TransactionState.java).
    static let stateNames = [
        "Empty", "Ongoing", "PrepareCommit", "PrepareAbort", "CompleteCommit", "CompleteAbort", "Dead",
        "PrepareEpochFence",
    ]

    /// The key and payload texts. Kafka fails outright on an undecodable value; we print the reason
    /// in its place (`Error at offset <o>, skipping. <why>`) and go on.
    static func format(offset: Int64, key: ByteBuffer?, value: ByteBuffer?) -> (key: String?, payload: String?) {
        guard var key, let keyVersion = key.readInteger(as: Int16.self) else {
            return ("Error at offset \(offset), skipping. Could not read version from key's buffer.", nil)
        }
        guard TransactionLogKey.validVersions.contains(keyVersion) else {
            return ("unknown::version=\(keyVersion)", nil)
        }
        let transactionalId: String
        do {
            transactionalId = try TransactionLogKey.decode(from: &key, version: keyVersion).transactionalId
        } catch {
            return ("Error at offset \(offset), skipping. \(error)", nil)
        }
        let keyText = "transaction_metadata::transactionalId=\(transactionalId)"
        guard var value else {
            return (keyText, "<DELETE>")
        }
        do {
            guard let version = value.readInteger(as: Int16.self) else {
                throw ToolError("Could not read version from value's buffer.")
            }
            guard TransactionLogValue.validVersions.contains(version) else {
                throw ToolError("Unknown version \(version) from the transaction log message value")
            }
            let metadata = try TransactionLogValue.decode(from: &value, version: version)
            let status = Int(metadata.transactionStatus)
            guard Self.stateNames.indices.contains(status) else {
                throw ToolError("Unknown transaction state byte \(status) from the transaction status message")
            }
            let partitions = (metadata.transactionPartitions ?? []).flatMap { topic in
                topic.partitionIds.map { "\(topic.topic)-\($0)" }
            }
            let payload =
                "producerId:\(metadata.producerId),producerEpoch:\(metadata.producerEpoch),"
                + "state=\(Self.stateNames[status]),partitions=[\(partitions.joined(separator: ","))],"
                + "txnLastUpdateTimestamp=\(metadata.transactionLastUpdateTimestampMs),"
                + "txnTimeoutMs=\(metadata.transactionTimeoutMs)"
            return (keyText, payload)
        } catch {
            return (keyText, "Error at offset \(offset), skipping. \(error)")
        }
    }
}
