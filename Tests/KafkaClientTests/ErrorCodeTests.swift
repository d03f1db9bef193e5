import KafkaProtocol
import Testing

@testable import KafkaClient

@Suite("Error codes")
struct ErrorCodeTests {
    @Test("Known codes carry Kafka's name, message and retriability")
    func knownCodes() {
        #expect(ErrorCode.notLeaderOrFollower.rawValue == 6)
        #expect(ErrorCode.notLeaderOrFollower.name == "NOT_LEADER_OR_FOLLOWER")
        #expect(ErrorCode.notLeaderOrFollower.isRetriable)
        #expect(ErrorCode.topicAlreadyExists.message == "Topic with this name already exists.")
        #expect(!ErrorCode.topicAlreadyExists.isRetriable)
        #expect(ErrorCode.unknownServerError.rawValue == -1)
        #expect(!ErrorCode.none.isError)
        #expect(ErrorCode.shareSessionLimitReached.rawValue == 133)
        #expect(ErrorCode.known.count == 135)
    }

    @Test("Every code from -1 to 133 is known and the names are unique")
    func everyCodeKnown() {
        for code in Int16(-1)...133 { #expect(ErrorCode(code).isKnown, "\(code)") }
        #expect(Set(ErrorCode.known.values.map(\.name)).count == ErrorCode.known.count)
    }

    @Test("Unknown codes survive with a descriptive name and are not retriable")
    func unknownCodes() {
        let code = ErrorCode(rawValue: 4242)
        #expect(code.rawValue == 4242)
        #expect(!code.isKnown)
        #expect(code.name == "UNKNOWN_ERROR_CODE(4242)")
        #expect(!code.isRetriable)
    }

    @Test("Broker errors show the broker's message, else Kafka's default")
    func apiErrorDescription() {
        let withMessage = KafkaApiError(code: .invalidConfig, message: "bad retention", context: "CreateTopics t")
        #expect(withMessage.description == "CreateTopics t: INVALID_CONFIG: bad retention")
        let without = KafkaApiError(code: .invalidPartitions, message: nil, context: "CreateTopics t")
        #expect(without.description == "CreateTopics t: INVALID_PARTITIONS: Number of partitions is below 1.")
    }
}
