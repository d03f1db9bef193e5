import KafkaProtocol
import KafkaStorage

extension ErrorCode {
    /// The code Kafka answers for a storage or partition error (Kafka Errors.forException).
    /// - Parameter maxMessageBytes: the partition's `max.message.bytes`, which tells a batch over
    ///   that limit (MESSAGE_TOO_LARGE) from an append larger than a segment (RECORD_LIST_TOO_LARGE,
    ///   Kafka RecordBatchTooLargeException).
    static func forError(_ error: any Error, maxMessageBytes: Int? = nil) -> ErrorCode {
        switch error {
        case let tooLarge as RecordTooLargeError:
            if let maxMessageBytes, tooLarge.limit != maxMessageBytes { return .recordListTooLarge }
            return .messageTooLarge
        case is CorruptRecordError: return .corruptMessage
        case is InvalidRecordError: return .invalidRecord
        case is InvalidTimestampError: return .invalidTimestamp
        case is OutOfOrderSequenceError: return .outOfOrderSequenceNumber
        case is InvalidProducerEpochError: return .invalidProducerEpoch
        case is InvalidTransactionStateError: return .invalidTxnState
        case is OffsetOutOfRangeError: return .offsetOutOfRange
        case is NotLeaderOrFollowerError: return .notLeaderOrFollower
        case is NotEnoughReplicasError: return .notEnoughReplicas
        case is UnknownTopicOrPartitionError: return .unknownTopicOrPartition
        case is PolicyViolationError: return .policyViolation
        case let mismatch as LeaderEpochMismatchError: return mismatch.errorCode
        // A log closed under a request was deleted or moved: the client refreshes its metadata.
        case is LogClosedError: return .notLeaderOrFollower
        case is StorageIOError, is CorruptIndexError: return .kafkaStorageError
        // Only a replica copy fails this way; for a leader it means the batch carried bad offsets.
        case is InvalidOffsetError: return .invalidRecord
        default: return .unknownServerError
        }
    }
}
