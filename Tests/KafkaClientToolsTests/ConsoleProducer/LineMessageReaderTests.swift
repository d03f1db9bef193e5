import Testing

@testable import KafkaClientTools

@Suite struct LineMessageReaderTests {
    typealias Message = LineMessageReader.Message

    static func parse(_ line: String, _ properties: [String: String], lineNumber: Int = 1) throws -> Message {
        try LineMessageReader(properties: properties).parse(Array(line.utf8)[...], lineNumber: lineNumber)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("By default the whole line is the value, with no key and no headers")
    func defaults() throws {
        #expect(try Self.parse("k\tv", [:]) == Message(key: nil, value: Self.bytes("k\tv"), headers: []))
        #expect(try Self.parse("", [:]) == Message(key: nil, value: [], headers: []))
    }

    @Test("parse.key splits at the first key.separator")
    func parseKey() throws {
        let properties = ["parse.key": "true", "key.separator": ":"]
        #expect(try Self.parse("k1:v:1", properties) == Message(key: Self.bytes("k1"), value: Self.bytes("v:1"), headers: []))
        #expect(try Self.parse("k\tv", ["parse.key": " TRUE "]) == Message(key: Self.bytes("k"), value: Self.bytes("v"), headers: []))
        #expect(try Self.parse("k1::", properties) == Message(key: Self.bytes("k1"), value: Self.bytes(":"), headers: []))
    }

    @Test("parse.headers and parse.key together: the spec's example")
    func headersAndKey() throws {
        let message = try Self.parse("h1:v1,h2:v2\tkey\tvalue", ["parse.headers": "true", "parse.key": "true"])
        #expect(message.key == Self.bytes("key"))
        #expect(message.value == Self.bytes("value"))
        #expect(message.headers.map(\.key) == ["h1", "h2"])
        #expect(message.headers.map(\.value) == [Self.bytes("v1"), Self.bytes("v2")])
    }

    @Test("headers.separator is a regular expression, and empty trailing pairs are dropped as Java's split does")
    func headerSeparatorRegex() throws {
        let message = try Self.parse("a:1;b:2|c:3;\tv", ["parse.headers": "true", "headers.separator": "[;|]"])
        #expect(message.headers.map(\.key) == ["a", "b", "c"])
        #expect(message.value == Self.bytes("v"))
    }

    @Test("null.marker makes the key, the value, a header value or the whole header block null")
    func nullMarker() throws {
        let properties = ["parse.key": "true", "parse.headers": "true", "null.marker": "<null>"]
        let message = try Self.parse("h:<null>\t<null>\t<null>", properties)
        #expect(message.key == nil)
        #expect(message.value == nil)
        #expect(message.headers.count == 1)
        #expect(message.headers.first?.value == nil)
        #expect(try Self.parse("<null>\tk\tv", properties).headers.isEmpty)
    }

    @Test("Missing separators are errors with Kafka's message and line number", arguments: [
        (["parse.key": "true"], "abc", "No key separator found on line number 3: 'abc'"),
        (["parse.headers": "true"], "abc", "No headers delimiter found on line number 3: 'abc'"),
        (["parse.headers": "true"], "h1\tv", "No header key separator found in pair 'h1' on line number 3"),
        (
            ["parse.headers": "true", "null.marker": "N"], "N:v\tvalue",
            "Header keys should not be equal to the null marker 'N' as they can't be null"
        ),
    ])
    func parseErrors(properties: [String: String], line: String, message: String) {
        #expect(throws: LineMessageReader.Failure(message: message)) {
            try Self.parse(line, properties, lineNumber: 3)
        }
    }

    @Test("ignore.error keeps going: null key, no headers, a header without value")
    func ignoreError() throws {
        #expect(
            try Self.parse("abc", ["parse.key": "true", "ignore.error": "true"])
                == Message(key: nil, value: Self.bytes("abc"), headers: []))
        // Headers are parsed first (as Kafka does), so the only tab ends the header block and the
        // key separator is missing: no key, and the header "k" without a value.
        #expect(
            try Self.parse("k\tv", ["parse.headers": "true", "parse.key": "true", "ignore.error": "true"])
                == Message(key: nil, value: Self.bytes("v"), headers: [(key: "k", value: nil)]))
        let message = try Self.parse("h1\tv", ["parse.headers": "true", "ignore.error": "true"])
        #expect(message.headers.map(\.key) == ["h1"])
        #expect(message.headers.first?.value == nil)
    }

    @Test("Conflicting separators are refused with Kafka's messages", arguments: [
        (["headers.delimiter": ","], "headers.delimiter and headers.separator may not be equal"),
        (["headers.delimiter": ":"], "headers.delimiter and headers.key.separator may not be equal"),
        (["headers.separator": ":"], "headers.separator and headers.key.separator may not be equal"),
        (["null.marker": "\t", "headers.delimiter": "|"], "null.marker and key.separator may not be equal"),
        (["null.marker": ","], "null.marker and headers.separator may not be equal"),
        (["null.marker": "|", "headers.delimiter": "|", "key.separator": "~"], "null.marker and headers.delimiter may not be equal"),
        (["null.marker": ":"], "null.marker and headers.key.separator may not be equal"),
    ])
    func configurationErrors(properties: [String: String], message: String) {
        #expect(throws: LineMessageReader.Failure(message: message)) {
            try LineMessageReader(properties: properties)
        }
    }
}
