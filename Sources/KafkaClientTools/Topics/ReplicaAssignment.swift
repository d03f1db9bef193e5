import KafkaTools

/// `--replica-assignment`, parsed as Kafka TopicCommand.parseReplicaAssignment does: `,` separates
/// partitions (partition 0 first), `:` separates a partition's broker ids (the first one is the
/// preferred leader), ids are trimmed.
public enum ReplicaAssignment {
    /// - Returns: the broker ids of each partition, partition 0 first.
    /// - Throws: `ToolError` with Kafka's messages: `For input string: "x"` (Integer.parseInt),
    ///   `Partition replica lists may not contain duplicate entries: 1`, `Partition 1 has different
    ///   replication factor: [1, 2, 3]`.
    public static func parse(_ text: String) throws -> [[Int32]] {
        var assignment: [[Int32]] = []
        for (index, partition) in javaSplit(text, ",").enumerated() {
            let brokers = try javaSplit(partition, ":").map { id -> Int32 in
                let trimmed = id.trimmingJavaSpaces()
                guard let value = parseJavaInt(trimmed) else { throw ToolError("For input string: \"\(trimmed)\"") }
                return value
            }
            var counts: [Int32: Int] = [:]
            for broker in brokers { counts[broker, default: 0] += 1 }
            let duplicates = counts.filter { $0.value > 1 }.keys.sorted()
            if !duplicates.isEmpty {
                throw ToolError(
                    "Partition replica lists may not contain duplicate entries: "
                        + duplicates.map(String.init).joined(separator: ","))
            }
            assignment.append(brokers)
            if brokers.count != assignment[0].count {
                throw ToolError(
                    "Partition \(index) has different replication factor: ["
                        + brokers.map(String.init).joined(separator: ", ") + "]")
            }
        }
        return assignment
    }

    /// Java's `String.split(String)` for a one-character literal: trailing empty strings are
    /// dropped (but a string with no separator at all is one element, even when empty).
    static func javaSplit(_ text: String, _ separator: Character) -> [String] {
        var parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        while parts.count > 1, parts.last == "" { parts.removeLast() }
        if parts.count == 1 && parts[0].isEmpty && !text.isEmpty { return [] }
        return parts
    }

    /// Java `Integer.parseInt`: optional sign, decimal digits, in range.
    static func parseJavaInt(_ text: String) -> Int32? {
        guard let first = text.first else { return nil }
        let digits = (first == "+" || first == "-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int32(text)
    }
}

extension String {
    /// Java `String.trim`: drops characters up to U+0020 at both ends.
    func trimmingJavaSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.allSatisfy { $0.value <= 0x20 } }
        guard let start = self.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = self.lastIndex(where: { !isSpace($0) }) ?? start
        return String(self[start...end])
    }
}
