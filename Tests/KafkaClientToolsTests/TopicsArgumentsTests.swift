@testable import KafkaClientTools
import KafkaTools
import Testing

/// The pure parts of ktopics' runtime checks: `--topic` regexes, `--replica-assignment`,
/// `--config`, `--topic-id`.
@Suite struct TopicsArgumentsTests {
    static let names = ["b", "a.b", "a_b", "__consumer_offsets", "foo", "foo1", "foobar", "__transaction_state"]

    @Test(arguments: [
        ("foo", ["foo"]),
        ("foo.*", ["foo", "foo1", "foobar"]),
        ("a.b", ["a.b", "a_b"]),
        (" \"foo, b\" ", ["b", "foo"]),
        ("'__.*'", ["__consumer_offsets", "__transaction_state"]),
    ])
    func topicRegexesMustMatchWholeNames(regex: String, expected: [String]) throws {
        let filter = try TopicFilter(regex)
        #expect(TopicFilter.select(from: Self.names, filter: filter, excludeInternal: false) == expected)
    }

    @Test func excludeInternalDropsInternalTopicsAndNamesAreSortedByUTF16() {
        #expect(
            TopicFilter.select(from: Self.names, filter: nil, excludeInternal: true)
                == ["a.b", "a_b", "b", "foo", "foo1", "foobar"])
        #expect(TopicFilter.select(from: ["b", "B", "_"], filter: nil, excludeInternal: false) == ["B", "_", "b"])
    }

    @Test func anInvalidRegexNamesTheNormalisedRegex() {
        #expect(throws: ToolError("foo(|bar is an invalid regex.")) { try TopicFilter("foo(, bar") }
    }

    @Test func replicaAssignmentsParseAsKafkaDoes() throws {
        #expect(try ReplicaAssignment.parse("1:2, 2 :3,3:1") == [[1, 2], [2, 3], [3, 1]])
        #expect(try ReplicaAssignment.parse("1,2,") == [[1], [2]])
        #expect(throws: ToolError("Partition replica lists may not contain duplicate entries: 1,2")) {
            try ReplicaAssignment.parse("1:2:1:2")
        }
        #expect(throws: ToolError("Partition 1 has different replication factor: [1, 2, 3]")) {
            try ReplicaAssignment.parse("1:2,1:2:3")
        }
        #expect(throws: ToolError("For input string: \"x\"")) { try ReplicaAssignment.parse("1,x") }
        #expect(throws: ToolError("For input string: \"\"")) { try ReplicaAssignment.parse("1,,2") }
    }

    @Test func topicConfigsSplitAtEqualsAndAreValidated() throws {
        #expect(try TopicConfigArguments.parse(["retention.ms = 1000", " cleanup.policy=compact"])
            == ["retention.ms": "1000", "cleanup.policy": "compact"])
        let format = "requirement failed: Invalid topic config: all configs to be added must be in the format \"key=val\"."
        for bad in ["retention.ms", "retention.ms=", "a=b=c", "="] {
            #expect(throws: ToolError(format)) { try TopicConfigArguments.parse([bad]) }
        }
        #expect(throws: ToolError("Unknown topic config name: nope")) { try TopicConfigArguments.parse(["nope=1"]) }
        #expect(throws: ToolError("Invalid value abc for configuration retention.ms: Not a number of type LONG")) {
            try TopicConfigArguments.parse(["retention.ms=abc"])
        }
        #expect(throws: ToolError("Invalid value 0 for configuration min.insync.replicas: Value must be at least 1")) {
            try TopicConfigArguments.parse(["min.insync.replicas=0"])
        }
        #expect(
            throws: ToolError("Invalid value maybe for configuration cleanup.policy: String must be one of: compact, delete")
        ) {
            try TopicConfigArguments.parse(["cleanup.policy=maybe"])
        }
    }

    @Test func topicIdsParseWithUuidFromStringsMessages() throws {
        #expect(try TopicIdArgument.parse("AAAAAAAAAAAAAAAAAAAAAA") == .zero)
        #expect(throws: ToolError("Input string with prefix `AAAAAAAAAAAAAAAAAAAAAAAA` is too long to be decoded as a base64 UUID")) {
            try TopicIdArgument.parse(String(repeating: "A", count: 30))
        }
        #expect(throws: ToolError("Illegal base64 character 2e")) { try TopicIdArgument.parse("a.b") }
        #expect(throws: ToolError(
            "Input string `abcd` decoded as 3 bytes, which is not equal to the expected 16 bytes of a base64-encoded UUID"
        )) { try TopicIdArgument.parse("abcd") }
    }
}
