import KafkaClient
import KafkaProtocol

/// How Kafka's tool renders a failed admin call: `<exception class>: <message>`, with the
/// ExecutionException wrapper where the tool prints a future's exception.
enum GroupErrorText {
    /// Kafka's exception class for a code; most are the code's name in UpperCamelCase plus
    /// `Exception`, these few are not (Errors.java).
    static func exceptionClass(_ code: ErrorCode) -> String {
        switch code {
        case .nonEmptyGroup: return "GroupNotEmptyException"
        case .groupAuthorizationFailed: return "GroupAuthorizationException"
        case .topicAuthorizationFailed: return "TopicAuthorizationException"
        case .clusterAuthorizationFailed: return "ClusterAuthorizationException"
        case .unknownServerError: return "UnknownServerException"
        case .requestTimedOut: return "TimeoutException"
        default:
            let words = code.name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
            let name = words.joined()
            return name.hasSuffix("Exception") ? name : name + "Exception"
        }
    }

    /// `org.apache.kafka.common.errors.<Class>: <message>`.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as KafkaApiError:
            let message = error.message.flatMap { $0.isEmpty ? nil : $0 } ?? error.code.message
            return "org.apache.kafka.common.errors.\(Self.exceptionClass(error.code)): \(message)"
        case let error as KafkaConfigError:
            return "org.apache.kafka.common.config.ConfigException: \(error)"
        case is ConnectionError:
            return "org.apache.kafka.common.errors.TimeoutException: \(error)"
        default:
            return "org.apache.kafka.common.KafkaException: \(error)"
        }
    }

    /// A future's failure as `e.getMessage()` shows it: the cause's class and message.
    static func message(_ error: any Error) -> String {
        Self.describe(error)
    }

    /// The `ExecutionException` wrapper Kafka prints for per-group failures of --delete.
    static func executionException(_ error: any Error) -> String {
        "java.util.concurrent.ExecutionException: " + Self.describe(error)
    }
}
