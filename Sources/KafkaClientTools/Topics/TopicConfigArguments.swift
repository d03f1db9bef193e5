import KafkaTools

/// `--config name=value` arguments of `ktopics --create`, parsed and validated before anything is
/// sent, as Kafka TopicCommand.parseTopicConfigsToBeAdded does (split on `=` with surrounding
/// whitespace, then LogConfig.validate against the topic config definitions).
public enum TopicConfigArguments {
    /// The configs by name.
    ///
    /// - Throws: `ToolError` with Kafka's messages: `requirement failed: Invalid topic config: all
    ///   configs to be added must be in the format "key=val".`, `Unknown topic config name: x`,
    ///   `Invalid value abc for configuration retention.ms: Not a number of type LONG`.
    public static func parse(_ arguments: [String]) throws -> [String: String] {
        // Java: s.split("\\s*=\\s*"), which drops trailing empty strings.
        let pairs = arguments.map { argument -> [String] in
            let pieces = argument.split(separator: "=", omittingEmptySubsequences: false)
            // The whitespace next to each `=` belongs to the separator.
            var parts = pieces.enumerated().map { index, piece -> String in
                var text = piece
                if index > 0 { text = text.drop { $0.isJavaRegexSpace } }
                if index < pieces.count - 1 {
                    while let last = text.last, last.isJavaRegexSpace { text = text.dropLast() }
                }
                return String(text)
            }
            while parts.last == "" { parts.removeLast() }
            return parts
        }
        guard pairs.allSatisfy({ $0.count == 2 }) else {
            throw ToolError(
                "requirement failed: Invalid topic config: all configs to be added must be in the format \"key=val\".")
        }
        var configs: [String: String] = [:]
        var order: [String] = []
        for pair in pairs {
            let name = pair[0].trimmingJavaSpaces()
            if configs[name] == nil { order.append(name) }
            configs[name] = pair[1].trimmingJavaSpaces()
        }
        // LogConfig.validate: names first, then each value against its definition.
        for name in order where TopicConfigTypes.byName[name] == nil {
            throw ToolError("Unknown topic config name: \(name)")
        }
        for name in order {
            if let message = TopicConfigTypes.byName[name]?.problem(with: configs[name] ?? "") {
                throw ToolError(message)
            }
        }
        return configs
    }
}

extension Character {
    /// Java regex `\s`: space, tab, newline, vertical tab, form feed, carriage return.
    var isJavaRegexSpace: Bool { [" ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\r\n"].contains(self) }
}
