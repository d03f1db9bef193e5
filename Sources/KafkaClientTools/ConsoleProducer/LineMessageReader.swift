/// Kafka's default console-producer reader (tools LineMessageReader.java): one line of input
/// becomes one record, with an optional header block and key parsed off its front.
///
/// Configured from the reader properties (`--reader-config`, then `--property`); see
/// ../shared/tools-spec/kconsole-producer.md. Works on the line's bytes, so input that is not
/// UTF-8 passes through unchanged (Java would replace it); separators are compared as UTF-8 bytes.
public struct LineMessageReader: Sendable {
    /// A configuration or parse failure; its text is Kafka's KafkaException message.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { self.message }
    }

    /// One parsed line: what becomes the record's key, value and headers.
    public struct Message: Equatable, Sendable {
        public var key: [UInt8]?
        public var value: [UInt8]?
        /// In line order; a nil value is a null header value.
        public var headers: [(key: String, value: [UInt8]?)]

        public static func == (lhs: Message, rhs: Message) -> Bool {
            lhs.key == rhs.key && lhs.value == rhs.value && lhs.headers.count == rhs.headers.count
                && zip(lhs.headers, rhs.headers).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        }
    }

    public var parseKey = false
    public var keySeparator = "\t"
    public var parseHeaders = false
    public var headersDelimiter = "\t"
    /// A regular expression (Java `String.split`).
    public var headersSeparator = ","
    public var headersKeySeparator = ":"
    public var ignoreError = false
    public var nullMarker: String?

    private var keySeparatorBytes: [UInt8] = Array("\t".utf8)
    private var headersDelimiterBytes: [UInt8] = Array("\t".utf8)
    private var nullMarkerBytes: [UInt8]?
    private var headersSeparatorPattern: HeaderSeparatorPattern = .literal(",")

    /// Reads the settings as LineMessageReader.configure does, with its consistency checks.
    /// - Throws: `Failure` with Kafka's message (e.g. `headers.delimiter and headers.separator may not be equal`),
    ///   or for a `headers.separator` that is not a valid regular expression.
    public init(properties: [String: String] = [:]) throws {
        func isTrue(_ key: String) -> Bool? {
            properties[key].map { $0.trimmingJavaWhitespace().lowercased() == "true" }
        }
        if let value = isTrue("parse.key") { self.parseKey = value }
        if let value = properties["key.separator"] { self.keySeparator = value }
        if let value = isTrue("parse.headers") { self.parseHeaders = value }
        if let value = properties["headers.delimiter"] { self.headersDelimiter = value }
        if let value = properties["headers.separator"] { self.headersSeparator = value }
        if let value = properties["headers.key.separator"] { self.headersKeySeparator = value }
        if let value = isTrue("ignore.error") { self.ignoreError = value }
        if self.headersDelimiter == self.headersSeparator {
            throw Failure(message: "headers.delimiter and headers.separator may not be equal")
        }
        if self.headersDelimiter == self.headersKeySeparator {
            throw Failure(message: "headers.delimiter and headers.key.separator may not be equal")
        }
        if self.headersSeparator == self.headersKeySeparator {
            throw Failure(message: "headers.separator and headers.key.separator may not be equal")
        }
        self.nullMarker = properties["null.marker"]
        if let marker = self.nullMarker {
            for (other, name) in [
                (self.keySeparator, "key.separator"), (self.headersSeparator, "headers.separator"),
                (self.headersDelimiter, "headers.delimiter"), (self.headersKeySeparator, "headers.key.separator"),
            ] where marker == other {
                throw Failure(message: "null.marker and \(name) may not be equal")
            }
        }
        self.keySeparatorBytes = Array(self.keySeparator.utf8)
        self.headersDelimiterBytes = Array(self.headersDelimiter.utf8)
        self.nullMarkerBytes = self.nullMarker.map { Array($0.utf8) }
        self.headersSeparatorPattern = try HeaderSeparatorPattern(self.headersSeparator)
    }

    /// Parses one line (without its terminator).
    /// - Parameter lineNumber: 1 for the first line, for the error messages.
    /// - Throws: `Failure` with Kafka's message for a missing delimiter or separator (unless
    ///   `ignore.error`) or a header key equal to the null marker.
    public func parse(_ line: ArraySlice<UInt8>, lineNumber: Int) throws -> Message {
        var offset = line.startIndex
        var headerBlock: ArraySlice<UInt8>?
        if self.parseHeaders {
            if let end = Self.find(self.headersDelimiterBytes, in: line, from: offset) {
                headerBlock = line[offset..<end]
                offset = end + self.headersDelimiterBytes.count
            } else if !self.ignoreError {
                throw Failure(message: "No headers delimiter found on line number \(lineNumber): '\(Self.text(line))'")
            }
        }
        var key: ArraySlice<UInt8>?
        if self.parseKey {
            if let end = Self.find(self.keySeparatorBytes, in: line, from: offset) {
                key = line[offset..<end]
                offset = end + self.keySeparatorBytes.count
            } else if !self.ignoreError {
                throw Failure(message: "No key separator found on line number \(lineNumber): '\(Self.text(line))'")
            }
        }
        let value = line[offset...]
        var message = Message(
            key: key.flatMap { self.isNullMarker($0) ? nil : Array($0) },
            value: self.isNullMarker(value) ? nil : Array(value), headers: [])
        if let headerBlock, !self.isNullMarker(headerBlock) {
            message.headers = try self.splitHeaders(Self.text(headerBlock), lineNumber: lineNumber)
        }
        return message
    }

    private func isNullMarker(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let marker = self.nullMarkerBytes else { return false }
        return bytes.elementsEqual(marker)
    }

    private func splitHeaders(_ block: String, lineNumber: Int) throws -> [(key: String, value: [UInt8]?)] {
        try self.headersSeparatorPattern.split(block).map { (pair: String) throws -> (key: String, value: [UInt8]?) in
            guard let separator = pair.firstRange(of: self.headersKeySeparator) else {
                if self.ignoreError { return (pair, nil) }
                throw Failure(message: "No header key separator found in pair '\(pair)' on line number \(lineNumber)")
            }
            let key = String(pair[..<separator.lowerBound])
            if let marker = self.nullMarker, key == marker {
                throw Failure(
                    message: "Header keys should not be equal to the null marker '\(marker)' as they can't be null")
            }
            let value = String(pair[separator.upperBound...])
            return (key, value == self.nullMarker ? nil : Array(value.utf8))
        }
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        let first = needle[0]
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// Java's `String.trim`: drops ASCII control characters and spaces at both ends.
    func trimmingJavaWhitespace() -> String {
        let scalars = self.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0.value > 0x20 }) else { return "" }
        let end = scalars.lastIndex(where: { $0.value > 0x20 })!
        return String(scalars[start...end])
    }
}
