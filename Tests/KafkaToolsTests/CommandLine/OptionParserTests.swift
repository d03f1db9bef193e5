import Testing

@testable import KafkaTools

/// Options shaped like Kafka's tools: a required list, numbers, flags, an optional argument.
enum SampleOptions {
    static let topic = OptionSpec.required("topic", "topic", required: true, description: "The topic.")
    static let partitions = OptionSpec.required("partitions", "# of partitions", type: .integer, description: "P.")
    static let replicationFactor = OptionSpec.required(
        "replication-factor", "replication factor", type: .integer, description: "RF.")
    static let maxBytes = OptionSpec.required(
        "max-bytes", "size", type: .integer, default: "2147483647", description: "Limit.")
    static let offset = OptionSpec.required("offset", nil, type: .long, description: "Offset.")
    static let ratio = OptionSpec.required("ratio", nil, type: .double, description: "Ratio.")
    static let files = OptionSpec.required("files", "file1, file2, ...", separator: ",", description: "Files.")
    static let config = OptionSpec.required("config", "name=value", repeatable: true, description: "Config.")
    static let deep = OptionSpec.flag("deep-iteration", description: "Deep.")
    static let decoder = OptionSpec.optional(
        "key-decoder-class", "class", default: "StringDecoder", description: "Decoder.")
    static let level = OptionSpec.optional("level", nil, type: .integer, default: "1", description: "Level.")
    static let all = [
        topic, partitions, replicationFactor, maxBytes, offset, ratio, files, config, deep, decoder, level,
    ]
    static let parser = OptionParser(options: all + [OptionSpec.help, OptionSpec.version])
}

@Suite struct OptionParserTests {
    let parser = SampleOptions.parser

    @Test func argumentsComeAsSeparateTokensOrAfterAnEqualsSign() throws {
        let parsed = try self.parser.parse(["--topic", "foo", "--partitions=3"])
        #expect(parsed.value(SampleOptions.topic) == "foo")
        #expect(parsed.integer(SampleOptions.partitions) == 3)
        #expect(try self.parser.parse(["--topic=a=b"]).value(SampleOptions.topic) == "a=b")
        #expect(try self.parser.parse(["--topic="]).value(SampleOptions.topic) == "")
    }

    @Test func aRequiredArgumentIsTheNextTokenWhateverItLooksLike() throws {
        let parsed = try self.parser.parse(["--topic", "--deep-iteration"])
        #expect(parsed.value(SampleOptions.topic) == "--deep-iteration")
        #expect(!parsed.has(SampleOptions.deep))
        #expect(try self.parser.parse(["--offset", "-5"]).long(SampleOptions.offset) == -5)
    }

    @Test func unknownOptionsAreNamedWithoutDashes() {
        #expect(throws: OptionParseError.unrecognizedOption("zookeeper")) {
            try self.parser.parse(["--zookeeper", "localhost:2181"])
        }
        #expect("\(OptionParseError.unrecognizedOption("zookeeper"))" == "zookeeper is not a recognized option")
        #expect(throws: OptionParseError.unrecognizedOption("bogus")) { try self.parser.parse(["--bogus=1"]) }
    }

    @Test func abbreviationsAreRejected() {
        #expect(throws: OptionParseError.unrecognizedOption("top")) { try self.parser.parse(["--top", "x"]) }
        #expect(throws: OptionParseError.unrecognizedOption("deep")) { try self.parser.parse(["--deep"]) }
    }

    @Test func aSingleDashWorksForADeclaredNameAndOtherwiseNamesItsFirstLetter() throws {
        #expect(try self.parser.parse(["-topic", "x"]).value(SampleOptions.topic) == "x")
        #expect(throws: OptionParseError.unrecognizedOption("x")) { try self.parser.parse(["-xyz"]) }
    }

    @Test func aMissingArgumentAtTheEndIsReported() {
        #expect(throws: OptionParseError.missingArgument("topic")) { try self.parser.parse(["--topic"]) }
        #expect("\(OptionParseError.missingArgument("topic"))" == "Option topic requires an argument")
    }

    @Test(arguments: [
        (["--partitions", "three"], "three", "partitions"),
        (["--partitions", "2147483648"], "2147483648", "partitions"),
        (["--partitions", "1.5"], "1.5", "partitions"),
        (["--partitions", ""], "", "partitions"),
        (["--offset", "12x"], "12x", "offset"),
        (["--ratio", "abc"], "abc", "ratio"),
    ])
    func nonNumericValuesOfNumericOptionsCannotBeParsed(arguments: [String], value: String, option: String) {
        #expect(throws: OptionParseError.cannotParseArgument(value: value, option: option)) {
            try self.parser.parse(arguments)
        }
    }

    @Test func conversionMessagesQuoteTheValue() {
        #expect(
            "\(OptionParseError.cannotParseArgument(value: "abc", option: "partitions"))"
                == "Cannot parse argument 'abc' of option partitions")
    }

    @Test func numbersConvertAsJavaConvertsThem() throws {
        let parsed = try self.parser.parse(["--partitions", "+7", "--offset", "9223372036854775807", "--ratio", "1e3"])
        #expect(parsed.integer(SampleOptions.partitions) == 7)
        #expect(parsed.long(SampleOptions.offset) == Int64.max)
        #expect(parsed.double(SampleOptions.ratio) == 1000)
    }

    @Test func parseErrorsComeBeforeConversionErrors() {
        #expect(throws: OptionParseError.unrecognizedOption("nope")) {
            try self.parser.parse(["--partitions", "x", "--nope"])
        }
    }

    @Test func aNonRepeatableOptionGivenTwiceIsAnError() throws {
        #expect(throws: OptionParseError.multipleArguments("topic")) {
            try self.parser.parse(["--topic", "a", "--topic", "b"])
        }
        #expect(
            "\(OptionParseError.multipleArguments("topic"))"
                == "Found multiple arguments for option topic, but you asked for only one")
        let parsed = try self.parser.parse(["--config", "a=1", "--config", "b=2"])
        #expect(parsed.values(SampleOptions.config) == ["a=1", "b=2"])
    }

    @Test func separatedValuesSplitWithoutTrimmingAndAccumulate() throws {
        let parsed = try self.parser.parse(["--files", "a.log, b.index,", "--files", "c"])
        #expect(parsed.values(SampleOptions.files) == ["a.log", " b.index", "", "c"])
    }

    @Test func defaultsApplyOnlyWhenAbsent() throws {
        let parsed = try self.parser.parse(["--topic", "t"])
        #expect(!parsed.has(SampleOptions.maxBytes))
        #expect(parsed.integer(SampleOptions.maxBytes) == Int32.max)
        #expect(parsed.value(SampleOptions.partitions) == nil)
        #expect(try self.parser.parse(["--max-bytes", "10"]).integer(SampleOptions.maxBytes) == 10)
    }

    @Test func anOptionalArgumentMayBeLeftOut() throws {
        let bare = try self.parser.parse(["--key-decoder-class", "--deep-iteration"])
        #expect(bare.has(SampleOptions.decoder))
        #expect(bare.value(SampleOptions.decoder) == "StringDecoder")
        #expect(bare.has(SampleOptions.deep))
        let given = try self.parser.parse(["--key-decoder-class", "my.Decoder"])
        #expect(given.value(SampleOptions.decoder) == "my.Decoder")
        let inline = try self.parser.parse(["--key-decoder-class=--odd"])
        #expect(inline.value(SampleOptions.decoder) == "--odd")
        let atEnd = try self.parser.parse(["--key-decoder-class"])
        #expect(atEnd.has(SampleOptions.decoder))
        let dash = try self.parser.parse(["--key-decoder-class", "-x"])
        #expect(dash.value(SampleOptions.decoder) == "-x")
    }

    @Test func aNumericOptionalArgumentTakesOnlyNumbers() throws {
        let word = try self.parser.parse(["--level", "high"])
        #expect(word.integer(SampleOptions.level) == 1)
        #expect(word.positionalArguments == ["high"])
        #expect(try self.parser.parse(["--level", "-3"]).integer(SampleOptions.level) == -3)
        #expect(try self.parser.parse(["--level", "4"]).integer(SampleOptions.level) == 4)
    }

    @Test func aFlagIgnoresAnInlineValueAsJoptDoes() throws {
        #expect(try self.parser.parse(["--deep-iteration=no"]).has(SampleOptions.deep))
    }

    @Test func positionalArgumentsAndTheDoubleDashAreKept() throws {
        let parsed = try self.parser.parse(["one", "--deep-iteration", "-", "--", "--topic", "x"])
        #expect(parsed.positionalArguments == ["one", "-", "--topic", "x"])
        #expect(!parsed.has(SampleOptions.topic))
    }
}

@Suite struct OptionValidationTests {
    let parser = SampleOptions.parser

    @Test func aMissingRequiredOptionIsRenderedInBrackets() throws {
        let parsed = try self.parser.parse(["--deep-iteration"])
        #expect(throws: ToolError("Missing required argument \"[topic]\"", exitCode: 1, showUsage: true)) {
            try parsed.checkRequired()
        }
        #expect(throws: ToolError("Missing required argument \"[files]\"", exitCode: 1, showUsage: true)) {
            try parsed.checkRequired([SampleOptions.files])
        }
        try self.parser.parse(["--topic", "t"]).checkRequired()
    }

    @Test func exclusiveOptionsNameBoth() throws {
        let parsed = try self.parser.parse(["--partitions", "1", "--replication-factor", "3"])
        #expect(
            throws: ToolError(
                "Option \"[partitions]\" can't be used with option \"[replication-factor]\"", exitCode: 1,
                showUsage: true)
        ) {
            try parsed.checkInvalid(used: SampleOptions.partitions, invalid: [SampleOptions.replicationFactor])
        }
        try parsed.checkInvalid(used: SampleOptions.topic, invalid: [SampleOptions.partitions])
    }

    @Test func anOptionCombinationRendersAsANestedList() throws {
        let parsed = try self.parser.parse(["--topic", "t", "--partitions", "1", "--deep-iteration"])
        #expect(
            throws: ToolError(
                "Option combination \"[[topic], [partitions]]\" can't be used with option \"[deep-iteration]\". Hint",
                exitCode: 1, showUsage: true)
        ) {
            try parsed.checkInvalid(
                usedCombination: [SampleOptions.topic, SampleOptions.partitions], invalid: [SampleOptions.deep],
                trailingMessage: ". Hint")
        }
    }
}
