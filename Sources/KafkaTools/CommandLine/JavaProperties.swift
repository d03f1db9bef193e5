import NIOCore

/// Key/value settings in Java `.properties` syntax (java.util.Properties `load`), as Kafka tools
/// read `--command-config`, `--producer.config` and `server.properties` files.
///
/// Syntax handled: lines end at `\n`, `\r` or `\r\n`; leading whitespace (space, tab, form feed) is
/// ignored; blank lines and lines whose first non-blank character is `#` or `!` are comments; an odd
/// number of backslashes at the end joins the next line (whose leading whitespace is dropped); the
/// key ends at the first unescaped `=`, `:` or whitespace, then whitespace, at most one `=` or `:`,
/// and whitespace are skipped; escapes `\t \n \r \f \uXXXX`, and `\x` is `x` for any other
/// character. A later duplicate key replaces the earlier value. Java reads property files as
/// ISO-8859-1; we read UTF-8 (falling back to ISO-8859-1 for bytes that are not UTF-8) so non-ASCII
/// values survive.
public struct JavaProperties: Hashable, Sendable {
    /// Keys in order of first appearance.
    public private(set) var keys: [String] = []
    /// The values by key.
    public private(set) var values: [String: String] = [:]

    public init() {}

    /// Parses the text of a properties file.
    ///
    /// - Throws: `ToolError` for a malformed `\uXXXX` escape (Java: "Malformed \uxxxx encoding.").
    public init(parsing text: String) throws {
        for logicalLine in Self.logicalLines(text) {
            let (key, value) = try Self.parseEntry(logicalLine)
            self[key] = value
        }
    }

    /// Parses the bytes of a properties file.
    public init(parsing bytes: [UInt8]) throws {
        if let text = String(validating: bytes, as: UTF8.self) {
            try self.init(parsing: text)
        } else {
            try self.init(parsing: String(bytes.map { Character(Unicode.Scalar($0)) }))
        }
    }

    /// Reads and parses the properties file at `path`.
    ///
    /// - Throws: `ToolError` when the file cannot be read or has a malformed escape.
    public static func load(path: String) throws -> JavaProperties {
        let bytes = try DumpFile(path: path).readAll()
        return try JavaProperties(parsing: Array(bytes.readableBytesView))
    }

    /// The value of `key`; setting appends new keys to `keys`.
    public subscript(key: String) -> String? {
        get { self.values[key] }
        set {
            if let newValue {
                if self.values.updateValue(newValue, forKey: key) == nil {
                    self.keys.append(key)
                }
            } else if self.values.removeValue(forKey: key) != nil {
                self.keys.removeAll { $0 == key }
            }
        }
    }

    /// The number of keys.
    public var count: Int { self.keys.count }

    /// Splits a command-line `key=value` (`--property`, `--override`, ...) at the first `=`, without
    /// unescaping; a bare `key` has the value "" (Kafka CommandLineUtils.java `parseKeyValueArgs`).
    public static func splitKeyValue(_ argument: String) -> (key: String, value: String) {
        guard let equals = argument.firstIndex(of: "=") else {
            return (argument, "")
        }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    // MARK: - Parsing

    private static func isWhitespace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{0C}"
    }

    /// The logical lines of `text`: comments and blank lines dropped, continuations joined, still escaped.
    static func logicalLines(_ text: String) -> [[Character]] {
        // Split at \n, \r and \r\n. Swift treats "\r\n" as one Character, so check for it too.
        var naturalLines: [[Character]] = [[]]
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                naturalLines.append([])
            } else {
                naturalLines[naturalLines.count - 1].append(character)
            }
        }
        var result: [[Character]] = []
        var current: [Character]?
        for natural in naturalLines {
            var line = natural[...]
            while let first = line.first, Self.isWhitespace(first) { line = line.dropFirst() }
            if current == nil {
                // A new logical line: blank lines and comments are skipped (and never continue).
                guard let first = line.first, first != "#", first != "!" else { continue }
            }
            var trailingBackslashes = 0
            for character in line.reversed() {
                guard character == "\\" else { break }
                trailingBackslashes += 1
            }
            let continues = trailingBackslashes % 2 == 1
            let content = continues ? Array(line.dropLast()) : Array(line)
            current = (current ?? []) + content
            if !continues, let finished = current {
                result.append(finished)
                current = nil
            }
        }
        if let unfinished = current {
            result.append(unfinished)
        }
        return result
    }

    /// Splits one logical line into its unescaped key and value.
    static func parseEntry(_ line: [Character]) throws -> (String, String) {
        var index = 0
        var keyEnd = line.count
        var valueStart = line.count
        var escaped = false
        while index < line.count {
            let character = line[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "=" || character == ":" {
                keyEnd = index
                valueStart = index + 1
                break
            } else if Self.isWhitespace(character) {
                keyEnd = index
                valueStart = index + 1
                // Whitespace, then at most one separator, then whitespace.
                while valueStart < line.count, Self.isWhitespace(line[valueStart]) { valueStart += 1 }
                if valueStart < line.count, line[valueStart] == "=" || line[valueStart] == ":" { valueStart += 1 }
                break
            }
            index += 1
        }
        while valueStart < line.count, Self.isWhitespace(line[valueStart]) { valueStart += 1 }
        let key = try Self.unescape(line[0..<keyEnd])
        let value = try Self.unescape(line[min(valueStart, line.count)...])
        return (key, value)
    }

    /// Resolves backslash escapes. `\uXXXX` escapes are UTF-16 code units, as in Java: a high and a
    /// low surrogate in a row make one character; a lone surrogate becomes U+FFFD.
    static func unescape(_ characters: ArraySlice<Character>) throws -> String {
        var result = ""
        var highSurrogate: UInt32?
        func flushSurrogate() {
            if highSurrogate != nil { result.unicodeScalars.append("\u{FFFD}") }
            highSurrogate = nil
        }
        var iterator = characters.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                flushSurrogate()
                result.append(character)
                continue
            }
            guard let escaped = iterator.next() else {
                // A lone trailing backslash (only after an even run was halved) reads as nothing.
                break
            }
            if escaped != "u" { flushSurrogate() }
            switch escaped {
            case "t": result.append("\t")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "f": result.append("\u{0C}")
            case "u":
                var code: UInt32 = 0
                for _ in 0..<4 {
                    guard let digit = iterator.next(), let value = digit.hexDigitValue else {
                        throw ToolError("Malformed \\uxxxx encoding.")
                    }
                    code = code * 16 + UInt32(value)
                }
                if (0xD800...0xDBFF).contains(code) {
                    flushSurrogate()
                    highSurrogate = code
                } else if (0xDC00...0xDFFF).contains(code), let high = highSurrogate {
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                    result.unicodeScalars.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                    highSurrogate = nil
                } else {
                    flushSurrogate()
                    result.unicodeScalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                }
            default: result.append(escaped)
            }
        }
        flushSurrogate()
        return result
    }
}
