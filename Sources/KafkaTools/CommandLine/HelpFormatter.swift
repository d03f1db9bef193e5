/// The option help table of jopt-style tools, in the layout of jopt-simple's BuiltinHelpFormatter
/// (not byte-checked by the spec): `Option` and `Description` columns underlined with dashes, one
/// row per option sorted by name, `--name <Type: argument>` (`[...]` for an optional argument),
/// `(default: X)` after the description, descriptions wrapped to an 80-column line.
public enum HelpFormatter {
    /// Total line width.
    public static let lineWidth = 80

    /// The table for `options`, ending with a newline.
    public static func table(for options: [OptionSpec]) -> String {
        let rows = options.sorted { $0.name < $1.name }.map { (Self.optionColumn($0), Self.descriptionColumn($0)) }
        let optionWidth = min(max(rows.map(\.0.count).max() ?? 0, "Option".count) + 2, Self.lineWidth / 2)
        let descriptionWidth = Self.lineWidth - optionWidth
        var output = ""
        func append(_ left: String, _ right: [String]) {
            let lines = right.isEmpty ? [""] : right
            if left.count + 1 > optionWidth {
                // Too long for the column: the option gets its own line, as jopt does.
                output += left + "\n"
                for line in lines { output += String(repeating: " ", count: optionWidth) + line + "\n" }
                return
            }
            for (index, line) in lines.enumerated() {
                let lead = index == 0 ? left : ""
                let padded = lead + String(repeating: " ", count: optionWidth - lead.count)
                output += (padded + line).trimmingTrailingSpaces() + "\n"
            }
        }
        append("Option", ["Description"])
        append("------", ["-----------"])
        for (left, right) in rows {
            append(left, Self.wrap(right, width: descriptionWidth))
        }
        return output
    }

    /// `--name <Type: argument>`.
    static func optionColumn(_ option: OptionSpec) -> String {
        var text = "--\(option.name)"
        let (open, close): (String, String)
        switch option.argumentKind {
        case .none: return text
        case .required: (open, close) = ("<", ">")
        case .optional: (open, close) = ("[", "]")
        }
        text += " \(open)\(option.argumentType.rawValue)"
        if let argumentName = option.argumentName, !argumentName.isEmpty {
            text += ": \(argumentName)"
        }
        return text + close
    }

    /// The description with its default.
    static func descriptionColumn(_ option: OptionSpec) -> String {
        guard let defaultValue = option.defaultValue else { return option.description }
        return option.description + (option.description.isEmpty ? "" : " ") + "(default: \(defaultValue))"
    }

    /// Greedy word wrap; explicit newlines start new lines, a word longer than `width` stays whole.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
