/// Accumulates indented lines of Swift source.
struct CodeWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            self.text += "\n"
        } else {
            self.text += String(repeating: "    ", count: self.depth) + content + "\n"
        }
    }

    /// Writes `header {`, the body one level deeper, then `}` (or `footer`).
    mutating func block(_ header: String, footer: String = "}", _ body: (inout CodeWriter) throws -> Void) rethrows {
        self.line(header + " {")
        self.depth += 1
        try body(&self)
        self.depth -= 1
        self.line(footer)
    }

    /// Writes the body one level deeper, without braces (switch cases, parameter lists).
    mutating func indented(_ body: (inout CodeWriter) throws -> Void) rethrows {
        self.depth += 1
        try body(&self)
        self.depth -= 1
    }

    /// Continues the block just closed: `} else {` instead of a new `}` line then `else {`.
    mutating func chain(_ header: String, _ body: (inout CodeWriter) throws -> Void) rethrows {
        let closing = String(repeating: "    ", count: self.depth) + "}\n"
        if self.text.hasSuffix(closing) { self.text.removeLast(closing.count) }
        let content = "} " + header + " {"
        self.text += String(repeating: "    ", count: self.depth) + content + "\n"
        self.depth += 1
        try body(&self)
        self.depth -= 1
        self.line("}")
    }

    /// Writes `///` documentation, one line per paragraph line.
    mutating func doc(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            self.line(line.isEmpty ? "///" : "/// \(line)")
        }
    }
}
