import Testing

@testable import KafkaTools

/// A tool that echoes its topic, for exercising the runner.
enum EchoTool: Tool {
    static let name = "kecho"
    static let summary = "This tool echoes a topic."
    static let options = SampleOptions.all

    static func execute(_ options: ParsedOptions, stdout: any ToolOutput, stderr: any ToolOutput) throws {
        stdout.line("topic: \(options.value(SampleOptions.topic) ?? "")")
        if options.has(SampleOptions.deep) {
            throw ToolError("deep is not supported", exitCode: 3)
        }
    }
}

/// Runs `EchoTool` and returns the exit code and both outputs.
func runEcho(_ arguments: [String]) -> (code: Int32, stdout: String, stderr: String) {
    let stdout = CapturedOutput()
    let stderr = CapturedOutput()
    let code = EchoTool.run(arguments: arguments, stdout: stdout, stderr: stderr)
    return (code, stdout.text, stderr.text)
}

@Suite struct ToolTests {
    @Test func helpPrintsTheSummaryAndTableToStderrAndExitsOne() {
        for arguments in [["--help"], [], ["--version", "--help"]] {
            let result = runEcho(arguments)
            #expect(result.code == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == "This tool echoes a topic.\n" + EchoTool.helpTable)
        }
    }

    @Test func versionPrintsToStdoutAndExitsZero() {
        let result = runEcho(["--version"])
        #expect(result.code == 0)
        #expect(result.stdout == "4.0.0\n")
        #expect(result.stderr == "")
    }

    @Test func aMissingRequiredOptionPrintsTheMessageAndUsage() {
        let result = runEcho(["--deep-iteration"])
        #expect(result.code == 1)
        #expect(result.stderr == "Missing required argument \"[topic]\"\n" + EchoTool.helpTable)
    }

    @Test func parseErrorsPrintOneLineWithoutUsageByDefault() {
        let result = runEcho(["--zookeeper", "x"])
        #expect(result.code == 1)
        #expect(result.stderr == "zookeeper is not a recognized option\n")
    }

    @Test func aToolErrorKeepsItsExitCodeAndComesAfterEarlierOutput() {
        let result = runEcho(["--topic", "t", "--deep-iteration"])
        #expect(result.code == 3)
        #expect(result.stdout == "topic: t\n")
        #expect(result.stderr == "deep is not supported\n")
    }

    @Test func theHelpTableListsEveryOptionSortedWithTypesAndDefaults() {
        let lines = EchoTool.helpTable.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Option"))
        #expect(lines[0].hasSuffix("Description"))
        #expect(lines[1].hasPrefix("------"))
        #expect(lines[1].hasSuffix("-----------"))
        let optionLines = lines.dropFirst(2).filter { $0.hasPrefix("--") }
        #expect(optionLines.count == EchoTool.allOptions.count)
        #expect(
            optionLines.map { $0.split(separator: " ")[0] } == optionLines.map { $0.split(separator: " ")[0] }.sorted())
        #expect(EchoTool.helpTable.contains("--max-bytes <Integer: size>"))
        #expect(EchoTool.helpTable.contains("Limit. (default: 2147483647)"))
        #expect(EchoTool.helpTable.contains("--key-decoder-class [String: class]"))
        #expect(EchoTool.helpTable.contains("--offset <Long>"))
        #expect(EchoTool.helpTable.contains("--help"))
        #expect(lines.allSatisfy { $0.count <= 80 || !$0.contains(" ") })
    }
}
