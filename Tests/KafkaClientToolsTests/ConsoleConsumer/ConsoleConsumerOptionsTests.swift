import Foundation
import KafkaTools
import KafkaClient
import Testing

@testable import KafkaClientTools

@Suite struct ConsoleConsumerOptionsTests {
    static func run(_ arguments: [String]) async -> (code: Int32, stdout: String, stderr: String) {
        await ToolHarness.run(ConsoleConsumerCommand.self, arguments)
    }

    static func options(_ arguments: [String]) throws -> ConsoleConsumerOptions {
        let parsed = try OptionParser(options: ConsoleConsumerCommand.allOptions).parse(arguments)
        return try ConsoleConsumerOptions(parsed, randomGroupSuffix: 4711)
    }

    static let server = ["--bootstrap-server", "h:1"]

    @Test(
        "Invalid command lines print Kafka's message, then the help table, and exit 1",
        arguments: [
            ([String](), "This tool helps to read data from Kafka topics and outputs it to standard output."),
            (["--help"], "This tool helps to read data from Kafka topics and outputs it to standard output."),
            (["--bootstrap-server", "h:1"], "Exactly one of --include/--topic is required. "),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--include", "b"],
                "Exactly one of --include/--topic is required. "
            ),
            (
                ["--bootstrap-server", "h:1", "--include", "b", "--partition", "0"],
                "The topic is required when partition is specified."
            ),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--partition", "0", "--from-beginning", "--offset", "5"],
                "Options from-beginning and offset cannot be specified together."
            ),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--offset", "5"],
                "The partition is required when offset is specified."
            ),
            (["--topic", "a"], "Missing required argument \"[bootstrap-server]\""),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--partition", "0", "--offset", "abc"],
                "The provided offset value 'abc' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long."
            ),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--partition", "0", "--offset", "-1"],
                "The provided offset value '-1' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long."
            ),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--group", "g1", "--consumer-property", "group.id=g2"],
                "The group ids provided in different places (directly using '--group', via '--consumer-property', or via "
                    + "'--consumer.config') do not match. Detected group ids: 'g1', 'g2'"
            ),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--group", "g1", "--partition", "0"],
                "Options group and partition cannot be specified together."
            ),
            (["--whitelist", "a.*"], "whitelist is not a recognized option"),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--max-messages", "ten"],
                "Cannot parse argument 'ten' of option max-messages"
            ),
            (
                ["--bootstrap-server", "h:1", "--topic", "a", "--formatter", "kafka.tools.DefaultMessageFormatter"],
                "kafka.tools.DefaultMessageFormatter"
            ),
        ])
    func usageErrors(arguments: [String], message: String) async {
        let result = await Self.run(arguments)
        #expect(result.code == 1)
        #expect(result.stderr.hasPrefix(message + "\n"), "\(result.stderr.prefix(200))")
        #expect(result.stderr.contains("--bootstrap-server"))
    }

    @Test("--from-beginning with another auto.offset.reset fails without the help table")
    func fromBeginningConflict() async {
        let result = await Self.run(
            Self.server + ["--topic", "a", "--from-beginning", "--consumer-property", "auto.offset.reset=latest"])
        #expect(result.code == 1)
        #expect(
            result.stderr
                == "Can't simultaneously specify --from-beginning and 'auto.offset.reset=latest', please remove one option\n"
        )
    }

    @Test("The same group id in several places is fine (and then needs group support)")
    func sameGroupTwice() throws {
        let options = try Self.options(
            Self.server + ["--topic", "a", "--group", "g", "--consumer-property", "group.id=g"])
        #expect(options.groupId == "g")
        #expect(options.consumerProperties["group.id"] == "g")
        #expect(options.consumerProperties["enable.auto.commit"] == nil)
    }

    @Test("Consumer properties: file, then --consumer-property, then the tool's own settings")
    func consumerProperties() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("consumer-\(UUID()).properties").path
        try "client.id=mine\nisolation.level=read_committed\nfetch.min.bytes=5\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = try Self.options(
            Self.server + ["--topic", "a", "--consumer.config", path, "--consumer-property", "fetch.min.bytes=6"])
        #expect(
            fromFile.consumerProperties == [
                "bootstrap.servers": "h:1", "client.id": "mine", "isolation.level": "read_committed",
                "fetch.min.bytes": "6", "auto.offset.reset": "latest", "group.id": "console-consumer-4711",
                "enable.auto.commit": "false",
            ])
        let flag = try Self.options(
            Self.server + [
                "--topic", "a", "--consumer.config", path, "--isolation-level", "read_uncommitted", "--from-beginning",
            ])
        #expect(flag.consumerProperties["isolation.level"] == "read_uncommitted")
        #expect(flag.consumerProperties["auto.offset.reset"] == "earliest")
        #expect(flag.startOffset == .earliest)
        let plain = try Self.options(Self.server + ["--topic", "a"])
        #expect(plain.consumerProperties["client.id"] == "console-consumer")
        #expect(plain.consumerProperties["isolation.level"] == "read_uncommitted")
    }

    @Test("--offset keywords are case-insensitive; a number is an exact offset; --timeout-ms below 0 is no timeout")
    func offsets() throws {
        #expect(
            try Self.options(Self.server + ["--topic", "a", "--partition", "0", "--offset", "EARLIEST"]).startOffset
                == .earliest)
        #expect(try Self.options(Self.server + ["--topic", "a", "--partition", "0"]).startOffset == .latest)
        #expect(
            try Self.options(Self.server + ["--topic", "a", "--partition", "0", "--offset", "17"]).startOffset
                == .offset(17))
        #expect(try Self.options(Self.server + ["--topic", "a", "--timeout-ms", "-1"]).timeoutMs == nil)
        #expect(try Self.options(Self.server + ["--topic", "a", "--timeout-ms", "250"]).timeoutMs == 250)
    }

    @Test("Formatter properties: file, then the deserializer flags, then --property")
    func formatterProperties() throws {
        let options = try Self.options(
            Self.server + [
                "--topic", "a", "--key-deserializer", "K", "--property", "print.key=true", "--property",
                "key.deserializer=P",
            ])
        #expect(options.formatterProperties == ["print.key": "true", "key.deserializer": "P"])
    }

    @Test("--group becomes the consumer's group.id with auto commit left at its default")
    func groupProperties() throws {
        let options = try Self.options(Self.server + ["--topic", "a", "--group", "g"])
        #expect(options.groupId == "g")
        #expect(options.consumerProperties["group.id"] == "g")
        #expect(options.consumerProperties["enable.auto.commit"] == nil)
        let config = try ConsumerConfig(properties: options.consumerProperties)
        #expect(config.group?.groupId == "g")
        #expect(config.group?.enableAutoCommit == true)
    }
}
