/// Why the producer refused or gave up on a record (client-side failures; broker errors are
/// `KafkaApiError`).
public enum ProducerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The producer is closed (or closing).
    case closed
    /// The record is larger than `max.request.size` or `buffer.memory` (Kafka RecordTooLargeException).
    case recordTooLarge(size: Int, limit: Int, setting: String)
    /// The partition given does not exist.
    case invalidPartition(topic: String, partition: Int32, partitionCount: Int)
    /// The record was not acknowledged within `delivery.timeout.ms` (Kafka TimeoutException).
    case deliveryTimedOut(topic: String, partition: Int32, elapsedMilliseconds: Int64)
    /// No buffer room became free within `max.block.ms`.
    case bufferExhausted(waitedMilliseconds: Int64)

    public var description: String {
        switch self {
        case .closed: return "Cannot perform operation after producer has been closed"
        case .recordTooLarge(let size, let limit, let setting):
            return "The message is \(size) bytes when serialized which is larger than \(limit), "
                + "which is the value of the \(setting) configuration."
        case .invalidPartition(let topic, let partition, let count):
            return "Invalid partition given with record: \(partition) is not in the range "
                + "[0...\(count)) of topic \(topic)."
        case .deliveryTimedOut(let topic, let partition, let elapsed):
            return "Expiring record(s) for \(topic)-\(partition): \(elapsed) ms has passed since batch creation"
        case .bufferExhausted(let waited):
            return "Failed to allocate memory within the configured max blocking time \(waited) ms."
        }
    }
}
