import KafkaTools
import Testing

@testable import KafkaClientTools

/// Every validation message of ../shared/tools-spec/kconsumer-groups.md with its exit code.
@Suite("kconsumer-groups options")
struct ConsumerGroupsOptionsTests {
    private func run(_ arguments: [String]) async -> (code: Int32, stdout: String, stderr: String) {
        await ToolHarness.run(ConsumerGroupsCommand.main, arguments)
    }

    private let server = ["--bootstrap-server", "127.0.0.1:1"]

    @Test("no arguments and --help print the summary and usage, exit 1")
    func help() async {
        for arguments in [[], ["--help"]] {
            let result = await self.run(arguments)
            #expect(result.code == 1)
            #expect(result.stderr.hasPrefix(ConsumerGroupsCommand.summary + "\n"))
            #expect(result.stderr.contains("--bootstrap-server"))
        }
    }

    @Test(
        "validation failures print Kafka's message and usage, exit 1",
        arguments: [
            (["--list"], "Missing required argument \"[bootstrap-server]\""),
            (["--describe"], "Option [describe] takes one of these options: [all-groups], [group]"),
            (
                ["--describe", "--group", "g", "--members", "--state"],
                "Option [describe] takes at most one of these options: [members], [offsets], [state]"
            ),
            (["--describe", "--group", "g", "--state=x"], "Option [describe] does not take a value for [state]"),
            (["--delete"], "Option [delete] takes one of these options: [all-groups], [group]"),
            (
                ["--delete", "--group", "g", "--topic", "t"],
                "The consumer does not support topic-specific offset deletion from a consumer group."
            ),
            (["--delete-offsets", "--group", "g"], "Option [delete-offsets] takes the following options: [group], [topic]"),
            (
                ["--reset-offsets", "--group", "g", "--dry-run", "--execute"],
                "Option [reset-offsets] only accepts one of [execute] and [dry-run]"
            ),
            (["--reset-offsets", "--dry-run"], "Option [reset-offsets] takes one of these options: [all-groups], [group]"),
            (
                ["--reset-offsets", "--group", "g", "--dry-run", "--to-offset", "1", "--shift-by", "2"],
                "Option \"[to-offset]\" can't be used with option \"[shift-by]\""
            ),
            (["--describe", "--group", "g", "--all-groups"], "Option \"[group]\" can't be used with option \"[all-groups]\""),
            (["--list", "--group", "g"], "Option \"[group]\" can't be used with option \"[list]\""),
            (["--describe", "--group", "g", "--topic", "t"], "Option \"[topic]\" can't be used with option \"[describe]\""),
            (
                ["--list", "--describe", "--group", "g"],
                "Option \"[group]\" can't be used with option \"[list]\""
            ),
            (
                ["--group", "g"],
                "Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets"
            ),
        ] as [([String], String)])
    func validation(arguments: [String], message: String) async {
        // `--list` alone checks the missing server; nothing here may connect (the runner blocks a thread).
        let expected = arguments == ["--list"] ? await self.run(arguments) : await self.run(self.server + arguments)
        #expect(expected.code == 1)
        #expect(expected.stderr.hasPrefix(message + "\n"))
        #expect(expected.stderr.contains("--bootstrap-server"))
        #expect(expected.stdout == "")
    }

    @Test("a reset without --execute or --dry-run warns and goes on to the next check")
    func resetWarning() async {
        let result = await self.run(self.server + ["--reset-offsets"])
        #expect(result.code == 1)
        #expect(
            result.stderr.hasPrefix(
                "WARN: No action will be performed as the --execute option is missing.In a future major release, the default behavior of this command will be to prompt the user before executing the reset rather than doing a dry run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the current default behavior without prompting.\nOption [reset-offsets] takes one of these options: [all-groups], [group]\n"
            ))
    }

    @Test(
        "parse errors are uncaught jopt exceptions, exit 1",
        arguments: [
            (["--zookeeper", "x"], "joptsimple.UnrecognizedOptionException: zookeeper is not a recognized option"),
            (["--members"], "joptsimple.UnavailableOptionException: Option(s) [members] are unavailable given other options on the command line"),
            (["--list", "--members"], "joptsimple.UnavailableOptionException: Option(s) [members] are unavailable given other options on the command line"),
            (["--describe", "--group", "g", "--type"], "joptsimple.UnavailableOptionException: Option(s) [type] are unavailable given other options on the command line"),
            (["--delete", "--group", "g", "--state"], "joptsimple.UnavailableOptionException: Option(s) [state] are unavailable given other options on the command line"),
            (["--list", "--timeout", "x"], "joptsimple.OptionArgumentConversionException: Cannot parse argument 'x' of option timeout"),
        ] as [([String], String)])
    func parseErrors(arguments: [String], message: String) async {
        let result = await self.run(self.server + arguments)
        #expect(result.code == 1)
        #expect(result.stderr == "Exception in thread \"main\" \(message)\n")
    }

    @Test("bad --list filters are usage errors with Kafka's text")
    func badFilters() async {
        let states = await self.run(self.server + ["--list", "--state", "stable,bogus"])
        #expect(states.code == 1)
        #expect(
            states.stderr.hasPrefix(
                "Invalid state list 'stable,bogus'. Valid states are: PreparingRebalance, CompletingRebalance, Stable, Dead, Empty, Assigning, Reconciling\n"
            ))
        let types = await self.run(self.server + ["--list", "--type=x"])
        #expect(types.code == 1)
        #expect(types.stderr.hasPrefix("Invalid types list 'x'. Valid types are: Consumer, Classic, Share\n"))
    }

    @Test("state and type filters parse case-insensitively into Kafka's spelling")
    func filters() throws {
        #expect(try ConsumerGroupsOptions.parseStates("stable, EMPTY") == ["Stable", "Empty"])
        #expect(try ConsumerGroupsOptions.parseStates("") == [])
        #expect(try ConsumerGroupsOptions.parseTypes("Classic,consumer") == ["classic", "consumer"])
    }
}
