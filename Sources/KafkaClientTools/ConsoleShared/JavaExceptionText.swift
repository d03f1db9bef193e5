import KafkaClient
import KafkaProtocol

/// The first line Java prints for an exception (`<class name>: <message>`), for the places where
/// Kafka's tools print a stack trace or log an exception: scripts match on these names.
public enum JavaExceptionText {
    /// The exception line for a client error, naming the Java class Kafka would throw.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case let error as KafkaConfigError:
            return "org.apache.kafka.common.config.ConfigException: \(error)"
        case let error as ProducerError:
            switch error {
            case .recordTooLarge:
                return "org.apache.kafka.common.errors.RecordTooLargeException: \(error)"
            case .deliveryTimedOut, .bufferExhausted:
                return "org.apache.kafka.common.errors.TimeoutException: \(error)"
            case .closed:
                return "java.lang.IllegalStateException: \(error)"
            case .invalidPartition:
                return "java.lang.IllegalArgumentException: \(error)"
            }
        case let error as KafkaApiError:
            // A topic that never showed up in metadata is Kafka's TimeoutException with this text.
            if error.context.hasPrefix("Topic ") && error.context.contains("not present in metadata") {
                return "org.apache.kafka.common.errors.TimeoutException: \(error.context)."
            }
            let message = error.message.flatMap { $0.isEmpty ? nil : $0 } ?? error.code.message
            return "org.apache.kafka.common.errors.\(Self.exceptionName(of: error.code)): \(message)"
        case let error as ConnectionError:
            return "org.apache.kafka.common.errors.TimeoutException: \(error)"
        default:
            return "org.apache.kafka.common.KafkaException: \(error)"
        }
    }

    /// Kafka's exception class for an error code: the code's name in UpperCamelCase plus
    /// `Exception` (UNKNOWN_TOPIC_OR_PARTITION → UnknownTopicOrPartitionException), which is how
    /// Kafka's Errors.java names nearly all of them.
    static func exceptionName(of code: ErrorCode) -> String {
        let words = code.name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
        let name = words.joined()
        return name.hasSuffix("Exception") ? name : name + "Exception"
    }
}
