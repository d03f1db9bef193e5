import Foundation
import KafkaTools

/// Which topics a non-create ktopics command acts on: Kafka's `IncludeList` (TopicFilter.java)
/// applied to the sorted topic names, with internal topics dropped on `--exclude-internal`.
public struct TopicFilter: Sendable {
    /// Kafka's internal topics (Topic.isInternal in 4.0).
    public static let internalTopics: Set<String> = ["__consumer_offsets", "__transaction_state", "__share_group_state"]

    /// The regex after Kafka's normalisation.
    public let regex: String
    private let pattern: NSRegularExpression

    /// Normalises `rawRegex` as Kafka does: trim, `,` → `|`, drop every space, strip leading and
    /// trailing quote characters.
    ///
    /// - Throws: `ToolError("<regex> is an invalid regex.")`.
    public init(_ rawRegex: String) throws {
        var regex = rawRegex.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: ",", with: "|")
            .replacingOccurrences(of: " ", with: "")
        while let first = regex.first, first == "\"" || first == "'" { regex.removeFirst() }
        while let last = regex.last, last == "\"" || last == "'" { regex.removeLast() }
        self.regex = regex
        do {
            // Anchored so that, like Java's String.matches, the whole name must match.
            self.pattern = try NSRegularExpression(pattern: "^(?:\(regex))$")
        } catch {
            throw ToolError("\(regex) is an invalid regex.")
        }
    }

    /// Whether `topic` matches the whole regex and is not an excluded internal topic.
    public func allows(_ topic: String, excludeInternal: Bool) -> Bool {
        let range = NSRange(topic.startIndex..<topic.endIndex, in: topic)
        let matches = self.pattern.firstMatch(in: topic, options: [], range: range) != nil
        return matches && !(excludeInternal && Self.internalTopics.contains(topic))
    }

    /// Kafka TopicCommand.doGetTopics: `all` sorted by UTF-16 code units (Java's String order),
    /// filtered by `filter` if given, internal topics dropped when excluded.
    public static func select(from all: [String], filter: TopicFilter?, excludeInternal: Bool) -> [String] {
        let sorted = all.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        if let filter {
            return sorted.filter { filter.allows($0, excludeInternal: excludeInternal) }
        }
        return sorted.filter { !(excludeInternal && Self.internalTopics.contains($0)) }
    }
}
