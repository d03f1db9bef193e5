import Testing

@testable import KafkaClientTools

@Suite struct LineSplitterTests {
    static func lines(_ text: String) -> [String] {
        LineSplitter.lines(of: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(
        "Lines end at \\n, \\r\\n or \\r, as Java's readLine cuts them",
        arguments: [
            ("a\nb\n", ["a", "b"]),
            ("a\r\nb\r\n", ["a", "b"]),
            ("a\rb\r", ["a", "b"]),
            ("a\n\nb", ["a", "", "b"]),
            ("last line without newline", ["last line without newline"]),
            ("", []),
            ("\n", [""]),
            ("\r\n\r\n", ["", ""]),
        ])
    func terminators(input: String, expected: [String]) {
        #expect(Self.lines(input) == expected)
    }

    @Test("A line cut across chunks, and a \\r\\n split between chunks, come out whole")
    func chunkBoundaries() {
        let text = Array("first\r\nsecond line is long\rthird\nfourth".utf8)
        for chunkSize in 1...text.count {
            var splitter = LineSplitter()
            var lines: [String] = []
            var start = 0
            while start < text.count {
                let end = min(start + chunkSize, text.count)
                text[start..<end].withUnsafeBufferPointer { chunk in
                    splitter.feed(chunk) { lines.append(String(decoding: $0, as: UTF8.self)) }
                }
                start = end
            }
            splitter.finish { lines.append(String(decoding: $0, as: UTF8.self)) }
            #expect(lines == ["first", "second line is long", "third", "fourth"], "chunk size \(chunkSize)")
        }
    }

    @Test("Bytes that are not UTF-8 pass through unchanged")
    func rawBytes() {
        let lines = LineSplitter.lines(of: [0xFF, 0x00, 0xC3, 0x0A, 0x80])
        #expect(lines == [[0xFF, 0x00, 0xC3], [0x80]])
    }
}
