import Testing

@testable import KafkaTools

/// klog-dump's command line: usage, required and repeated options, unknown files.
@Suite struct LogDumpCommandLineTests {
    static let summary =
        "This tool helps to parse a log file and dump its contents to the console, useful for debugging a "
        + "seemingly corrupt log segment."

    @Test func noArgumentsOrHelpPrintTheSummaryAndUsageAndExitOne() throws {
        let fixture = try LogDumpFixture()
        for arguments in [[], ["--help"], ["--files", "x.log", "--help"]] {
            let result = fixture.run(arguments)
            #expect(result.code == 1)
            #expect(result.stdout == [])
            #expect(result.stderr.first == Self.summary)
            #expect(result.stderr.contains { $0.hasPrefix("--files <String: file1, file2, ...>") })
        }
    }

    @Test func missingFilesIsAUsageError() throws {
        let result = try LogDumpFixture().run(["--deep-iteration"])
        #expect(result.code == 1)
        #expect(result.stderr.first == "Missing required argument \"[files]\"")
        #expect(result.stderr.count > 2)
    }

    @Test func parseErrorsAreOneLineWithoutUsage() throws {
        let fixture = try LogDumpFixture()
        #expect(
            fixture.run(["--files", "a", "--files", "b"]).stderr
                == ["Found multiple arguments for option files, but you asked for only one"])
        #expect(fixture.run(["--file", "a"]).stderr == ["file is not a recognized option"])
        #expect(fixture.run(["--files"]).stderr == ["Option files requires an argument"])
        #expect(
            fixture.run(["--files", "a", "--max-bytes", "lots"]).stderr
                == ["Cannot parse argument 'lots' of option max-bytes"])
        #expect(
            fixture.run(["--files", "a", "--share-group-state-decoder"]).stderr
                == ["--share-group-state-decoder is not supported by klog-dump yet"])
    }

    @Test func versionPrintsToStdout() throws {
        let result = try LogDumpFixture().run(["--version"])
        #expect(result.code == 0)
        #expect(result.stdout == ["4.0.0"])
    }

    @Test func unknownSuffixesAreIgnoredOnStderrAndTheRestIsDumped() throws {
        let fixture = try LogDumpFixture()
        let path = try fixture.write("00000000000000000000.log", try LogDumpFixture.batch(records: [("a", "b")]))
        let result = fixture.run(["--files", "notes.txt,README,\(path),"])
        #expect(result.code == 0)
        #expect(result.stdout[0] == "Dumping notes.txt")
        #expect(result.stdout[1] == "Dumping README")
        #expect(result.stdout[2] == "Dumping \(path)")
        #expect(result.stdout.count == 5)
        #expect(result.stderr == ["Ignoring unknown file notes.txt", "Ignoring unknown file README"])
    }

    @Test func theFilesListSplitsLikeJavasStringSplit() throws {
        let options = try LogDumpOptions(
            OptionParser(options: LogDumpCommand.allOptions).parse(["--files", ",a,,b,,"]))
        #expect(options.files == ["", "a", "", "b"])
        #expect(!options.printDataLog)
        #expect(!options.deepIteration)
    }

    @Test func decoderFlagsImplyPrintDataLogWhichImpliesDeepIteration() throws {
        for flag in [
            "--offsets-decoder", "--transaction-log-decoder", "--cluster-metadata-decoder",
            "--key-decoder-class", "--value-decoder-class", "--print-data-log",
        ] {
            let options = try LogDumpOptions(
                OptionParser(options: LogDumpCommand.allOptions).parse(["--files", "a", flag]))
            #expect(options.printDataLog)
            #expect(options.deepIteration)
        }
    }
}
