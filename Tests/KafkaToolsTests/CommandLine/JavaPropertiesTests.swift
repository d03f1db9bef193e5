import Testing

@testable import KafkaTools

@Suite struct JavaPropertiesTests {
    @Test func theThreeSeparatorsAndSurroundingWhitespaceAreAccepted() throws {
        let properties = try JavaProperties(parsing: "a=1\nb: 2\nc 3\n  d  =  4\ne\t:\t5\nf\n")
        #expect(properties["a"] == "1")
        #expect(properties["b"] == "2")
        #expect(properties["c"] == "3")
        #expect(properties["d"] == "4")
        #expect(properties["e"] == "5")
        #expect(properties["f"] == "")
        #expect(properties.keys == ["a", "b", "c", "d", "e", "f"])
    }

    @Test func commentsAndBlankLinesAreSkipped() throws {
        let properties = try JavaProperties(parsing: "# comment\n! also\n\n   \n  # indented\nk=v # not a comment\n")
        #expect(properties.keys == ["k"])
        #expect(properties["k"] == "v # not a comment")
    }

    @Test func aTrailingBackslashContinuesTheLine() throws {
        let properties = try JavaProperties(parsing: "list=a,\\\n    b,\\\r\n\tc\nodd=x\\\\\nnext=y")
        #expect(properties["list"] == "a,b,c")
        #expect(properties["odd"] == "x\\")
        #expect(properties["next"] == "y")
    }

    @Test func escapesAreResolvedInKeysAndValues() throws {
        let properties = try JavaProperties(parsing: "key\\ with\\=odd\\:chars=v\nsep=\\t\ntext=a\\nb\\u0041\\q\n")
        #expect(properties["key with=odd:chars"] == "v")
        #expect(properties["sep"] == "\t")
        #expect(properties["text"] == "a\nbAq")
    }

    @Test func surrogatePairEscapesMakeOneCharacter() throws {
        #expect(try JavaProperties(parsing: "k=\\uD83D\\uDE00!")["k"] == "\u{1F600}!")
        #expect(try JavaProperties(parsing: "k=\\uD83Dx")["k"] == "\u{FFFD}x")
    }

    @Test func aFileIsLoadedFromItsPath() throws {
        let fixture = try LogDumpFixture()
        let path = try fixture.write("client.properties", LogDumpFixture.bytes("bootstrap.servers=localhost:9092\n"))
        #expect(try JavaProperties.load(path: path)["bootstrap.servers"] == "localhost:9092")
        #expect(throws: ToolError.self) { try JavaProperties.load(path: path + ".missing") }
    }

    @Test func trailingWhitespaceOfAValueIsKept() throws {
        #expect(try JavaProperties(parsing: "k=v  ")["k"] == "v  ")
    }

    @Test func aLaterDuplicateWins() throws {
        let properties = try JavaProperties(parsing: "k=1\nk=2\r\nother=3")
        #expect(properties["k"] == "2")
        #expect(properties.count == 2)
    }

    @Test func aMalformedUnicodeEscapeIsAnError() {
        #expect(throws: ToolError("Malformed \\uxxxx encoding.")) { try JavaProperties(parsing: "k=\\u12g4") }
    }

    @Test func bytesThatAreNotUtf8ReadAsLatin1() throws {
        #expect(try JavaProperties(parsing: Array("k=caf\u{E9}".utf8))["k"] == "caf\u{E9}")
        #expect(try JavaProperties(parsing: [0x6B, 0x3D, 0xE9])["k"] == "\u{E9}")
    }

    @Test func commandLinePairsSplitAtTheFirstEqualsWithoutUnescaping() {
        #expect(JavaProperties.splitKeyValue("key.separator=\\t") == ("key.separator", "\\t"))
        #expect(JavaProperties.splitKeyValue("a=b=c") == ("a", "b=c"))
        #expect(JavaProperties.splitKeyValue("bare") == ("bare", ""))
    }
}
