import KafkaClientTools
import KafkaTools
import Testing

/// ktopics' option checks, each with Kafka's exact message, usage and exit code
/// (../shared/tools-spec/ktopics.md "Validation").
@Suite struct TopicsOptionsTests {
    /// Runs the tool; the bootstrap server is never reached because every case fails first.
    static func run(_ arguments: [String]) async -> (code: Int32, stdout: String, stderr: String) {
        await ToolHarness.run(TopicsCommand.self, arguments)
    }

    static let bootstrap = ["--bootstrap-server", "127.0.0.1:1"]

    @Test func noArgumentsPrintsTheShortDescriptionAndUsage() async {
        let result = await Self.run([])
        #expect(result.code == 1)
        #expect(result.stderr.hasPrefix("Create, delete, describe, or change a topic.\nOption"))
        #expect(result.stdout.isEmpty)
    }

    @Test func helpPrintsTheLongDescriptionAndExitsOne() async {
        let result = await Self.run(["--help"])
        #expect(result.code == 1)
        #expect(result.stderr.hasPrefix("This tool helps to create, delete, describe, or change a topic.\n"))
        #expect(result.stderr.contains("--bootstrap-server <String: server to connect to>"))
    }

    @Test func versionPrintsTheKafkaVersion() async {
        let result = await Self.run(["--version"])
        #expect(result.code == 0)
        #expect(result.stdout == "4.0.0\n")
    }

    @Test func zookeeperIsNotARecognizedOption() async {
        let result = await Self.run(["--zookeeper", "localhost:2181", "--list"])
        #expect(result.code == 1)
        #expect(result.stderr == "zookeeper is not a recognized option\n")
    }

    @Test func aNonNumericPartitionCountIsAParseError() async {
        let result = await Self.run(Self.bootstrap + ["--create", "--topic", "t", "--partitions", "x"])
        #expect(result.code == 1)
        #expect(result.stderr == "Cannot parse argument 'x' of option partitions\n")
    }

    static let usageCases: [([String], String)] = [
        (bootstrap, "Command must include exactly one action: --list, --describe, --create, --alter or --delete"),
        (bootstrap + ["--list", "--describe"],
         "Command must include exactly one action: --list, --describe, --create, --alter or --delete"),
        (bootstrap + ["--describe", "--if-exists"], "--topic or --topic-id is required to describe a topic"),
        (bootstrap + ["--create"], "Missing required argument \"[topic]\""),
        (bootstrap + ["--delete"], "Missing required argument \"[topic]\""),
        (bootstrap + ["--alter", "--topic", "t", "--config", "a=b", "--partitions", "2"],
         "Option combination \"[[bootstrap-server], [config]]\" can't be used with option \"[alter]\" "
            + "(To alter topic configurations, the kafka-configs tool can be used.)"),
        (bootstrap + ["--alter", "--topic", "t"], "Missing required argument \"[partitions]\""),
        (bootstrap + ["--list", "--config", "a=b"], "Option \"[config]\" can't be used with option \"[list]\""),
        (bootstrap + ["--describe", "--partitions", "2"],
         "Option \"[partitions]\" can't be used with option \"[describe]\""),
        (bootstrap + ["--alter", "--topic", "t", "--partitions", "2", "--replication-factor", "1"],
         "Option \"[replication-factor]\" can't be used with option \"[alter]\""),
        (bootstrap + ["--delete", "--topic", "t", "--replica-assignment", "1"],
         "Option \"[replica-assignment]\" can't be used with option \"[delete]\""),
        (bootstrap + ["--create", "--topic", "t", "--replica-assignment", "1", "--partitions", "1"],
         "Option \"[replica-assignment]\" can't be used with option \"[partitions]\""),
        (bootstrap + ["--create", "--topic", "t", "--replica-assignment", "1", "--replication-factor", "1"],
         "Option \"[replica-assignment]\" can't be used with option \"[replication-factor]\""),
        (bootstrap + ["--list", "--under-replicated-partitions"],
         "Option \"[under-replicated-partitions]\" can't be used with option \"[list]\""),
        (bootstrap + ["--describe", "--unavailable-partitions", "--topics-with-overrides"],
         "Option \"[unavailable-partitions]\" can't be used with option \"[topics-with-overrides]\""),
        (bootstrap + ["--describe", "--topics-with-overrides", "--at-min-isr-partitions"],
         "Option \"[at-min-isr-partitions]\" can't be used with option \"[topics-with-overrides]\""),
        (bootstrap + ["--create", "--topic", "t", "--under-min-isr-partitions"],
         "Option \"[under-min-isr-partitions]\" can't be used with option \"[create]\""),
        (bootstrap + ["--list", "--topics-with-overrides"],
         "Option \"[topics-with-overrides]\" can't be used with option \"[list]\""),
        (bootstrap + ["--create", "--topic", "t", "--if-exists"],
         "Option \"[if-exists]\" can't be used with option \"[create]\""),
        (bootstrap + ["--list", "--if-not-exists"], "Option \"[if-not-exists]\" can't be used with option \"[list]\""),
        (bootstrap + ["--delete", "--topic", "t", "--exclude-internal"],
         "Option \"[exclude-internal]\" can't be used with option \"[delete]\""),
    ]

    @Test(arguments: usageCases)
    func invalidCombinationsPrintKafkasMessageAndUsage(arguments: [String], message: String) async {
        let result = await Self.run(arguments)
        #expect(result.code == 1)
        #expect(result.stderr.hasPrefix(message + "\nOption"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingBootstrapServerIsAnErrorWithoutUsage() async {
        let result = await Self.run(["--list"])
        #expect(result.code == 1)
        #expect(result.stderr == "--bootstrap-server must be specified\n")
    }

    @Test func deleteConfigIsDeprecatedAndTheCommandCarriesOn() async {
        let result = await Self.run(["--list", "--delete-config", "x", "--topics-with-overrides"] + Self.bootstrap)
        #expect(
            result.stderr.hasPrefix(
                "delete-config option is no longer supported and deprecated since version 4.0. The config will be "
                    + "fully removed in future releases.\nOption \"[topics-with-overrides]\" can't be used with "
                    + "option \"[list]\"\n"))
    }

    @Test func topicAndTopicIdTogetherNoteThatTheIdWins() async throws {
        let parsed = try OptionParser(options: TopicsCommand.allOptions).parse(
            Self.bootstrap + ["--describe", "--if-exists", "--topic", "a", "--topic-id", "b"])
        var notes: [String] = []
        let options = try TopicsOptions(parsed) { line, toStandardError in
            if !toStandardError { notes.append(line) }
        }
        #expect(options.action == .describe)
        #expect(
            notes == [
                "Only topic id will be used when both --topic and --topic-id are specified and topicId is not "
                    + "Uuid.ZERO_UUID"
            ])
    }

    @Test func validOptionsYieldTheirSettings() async throws {
        let parsed = try OptionParser(options: TopicsCommand.allOptions).parse(
            Self.bootstrap + [
                "--create", "--topic", "t", "--partitions", "3", "--replication-factor", "1", "--config", "a=b",
                "--config", "c=d", "--if-not-exists",
            ])
        let options = try TopicsOptions(parsed)
        #expect(options.action == .create)
        #expect(options.partitions == 3 && options.replicationFactor == 1)
        #expect(options.configs == ["a=b", "c=d"])
        #expect(options.ifNotExists && !options.ifExists)
    }

    @Test func runtimeErrorsGoToStdoutWithKafkasPrefix() async {
        // The config check runs before any connection is made.
        let result = await Self.run(Self.bootstrap + ["--create", "--topic", "t", "--config", "retention.ms=abc"])
        #expect(result.code == 1)
        #expect(
            result.stdout
                == "Error while executing topic command : Invalid value abc for configuration retention.ms: "
                + "Not a number of type LONG\n")
        #expect(result.stderr.contains(" ERROR "))
    }
}
