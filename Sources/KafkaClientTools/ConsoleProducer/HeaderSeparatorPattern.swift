/// `headers.separator`, which Kafka treats as a regular expression (it calls Java's
/// `String.split(pattern)`). A separator without regex metacharacters, the usual case, is split
/// literally; anything else goes through Swift's `Regex`, whose syntax agrees with Java's for
/// the constructs people use in a separator (classes, alternation, quantifiers, escapes).
enum HeaderSeparatorPattern: Sendable {
    case literal(String)
    case regex(String)

    /// - Throws: `LineMessageReader.Failure` when the pattern does not compile.
    init(_ pattern: String) throws {
        let metacharacters: Set<Character> = ["\\", "[", "]", "(", ")", "{", "}", ".", "*", "+", "?", "^", "$", "|"]
        if pattern.contains(where: { metacharacters.contains($0) }) {
            do {
                _ = try Regex(pattern)
            } catch {
                throw LineMessageReader.Failure(message: "Invalid headers.separator pattern '\(pattern)': \(error)")
            }
            self = .regex(pattern)
        } else {
            self = .literal(pattern)
        }
    }

    /// Java `String.split(regex)`: pieces between matches; trailing empty pieces are dropped, and
    /// a zero-width match at the very start does not make a leading empty piece. An empty input
    /// gives one empty piece.
    func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [""] }
        var pieces: [String]
        switch self {
        case .literal(let separator):
            pieces = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        case .regex(let pattern):
            // The pattern compiled in init; a failure here cannot happen, but stays non-fatal.
            guard let regex = try? Regex(pattern) else { return [text] }
            pieces = []
            var start = text.startIndex
            for match in text.matches(of: regex) {
                if match.range.isEmpty && match.range.lowerBound == text.startIndex { continue }
                pieces.append(String(text[start..<match.range.lowerBound]))
                start = match.range.upperBound
            }
            pieces.append(String(text[start...]))
        }
        while pieces.count > 1, pieces.last == "" { pieces.removeLast() }
        // Java returns [""] only for an empty input; "," alone splits into nothing at all.
        if pieces == [""] { return [] }
        return pieces
    }
}
