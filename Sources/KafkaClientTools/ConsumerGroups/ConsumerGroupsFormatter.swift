import KafkaClient

/// kconsumer-groups' output layouts, as Kafka's ConsumerGroupCommand prints them with
/// `printf` formats (`%-Ns` pads on the right to at least N). Pure: values in, text out.
public enum ConsumerGroupsFormatter {
    /// Java's `%-Ns`.
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// `--list` without `--state`/`--type`: one id per line.
    public static func plainList(_ groupIds: [String]) -> String {
        groupIds.map { $0 + "\n" }.joined()
    }

    /// `--list --state` / `--type`: a GROUP column of max(15, longest)+10, then TYPE and STATE.
    public static func listTable(_ groups: [GroupListing], showType: Bool, showState: Bool) -> String {
        let width = (groups.map { max(15, $0.groupId.count) }.max() ?? 15) + 10
        func row(_ group: String, _ type: String, _ state: String) -> String {
            var line = Self.pad(group, width)
            if showType { line += " " + Self.pad(type, 20) }
            if showState { line += " " + Self.pad(state, 20) }
            return line + "\n"
        }
        return row("GROUP", "TYPE", "STATE")
            + groups.map { row($0.groupId, Self.typeName($0.type), $0.state.isEmpty ? "Unknown" : $0.state) }.joined()
    }

    /// ListGroups' type as Kafka's GroupType prints it.
    static func typeName(_ type: String) -> String {
        switch type.lowercased() {
        case "classic": return "Classic"
        case "consumer": return "Consumer"
        case "share": return "Share"
        default: return "Unknown"
        }
    }

    /// One row of the offsets view.
    public struct OffsetRow: Sendable, Equatable {
        public var group: String
        public var topic: String
        public var partition: Int32
        public var currentOffset: Int64?
        public var logEndOffset: Int64?
        /// nil for a partition with a committed offset but no owner: the columns print `-`.
        public var consumerId: String?
        public var host: String?
        public var clientId: String?

        public init(
            group: String, topic: String, partition: Int32, currentOffset: Int64?, logEndOffset: Int64?,
            consumerId: String?, host: String?, clientId: String?
        ) {
            self.group = group
            self.topic = topic
            self.partition = partition
            self.currentOffset = currentOffset
            self.logEndOffset = logEndOffset
            self.consumerId = consumerId
            self.host = host
            self.clientId = clientId
        }

        var lag: String {
            guard let current = self.currentOffset, current != -1, let end = self.logEndOffset else { return "-" }
            return "\(end - current)"
        }
    }

    /// The offsets view of one group: a newline before every line, one after the last.
    public static func offsetsTable(_ rows: [OffsetRow]) -> String {
        let groupWidth = max(15, rows.map(\.group.count).max() ?? 0)
        let topicWidth = max(15, rows.map(\.topic.count).max() ?? 0)
        let consumerWidth = max(15, rows.map { ($0.consumerId ?? "-").count }.max() ?? 0)
        let hostWidth = max(15, rows.map { ($0.host ?? "-").count }.max() ?? 0)
        func line(_ columns: [String]) -> String {
            "\n" + Self.pad(columns[0], groupWidth) + " " + Self.pad(columns[1], topicWidth) + " "
                + Self.pad(columns[2], 10) + " " + Self.pad(columns[3], 15) + " " + Self.pad(columns[4], 15) + " "
                + Self.pad(columns[5], 15) + " " + Self.pad(columns[6], consumerWidth) + " "
                + Self.pad(columns[7], hostWidth) + " " + columns[8]
        }
        var text = line([
            "GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID",
        ])
        for row in rows {
            text += line([
                row.group, row.topic, "\(row.partition)", row.currentOffset.map { "\($0)" } ?? "-",
                row.logEndOffset.map { "\($0)" } ?? "-", row.lag, row.consumerId ?? "-", row.host ?? "-",
                row.clientId ?? "-",
            ])
        }
        return text + "\n"
    }

    /// The members view of one group (header, then a row per member; `members` may be empty).
    public static func membersTable(
        group: String, members: [ConsumerGroupDescription.Member], verbose: Bool
    ) -> String {
        let groupWidth = max(15, group.count)
        let consumerWidth = max(15, members.map(\.memberId.count).max() ?? 0)
        let showInstance = members.contains { !($0.groupInstanceId ?? "").isEmpty }
        let instanceWidth = max(17, members.map { ($0.groupInstanceId ?? "").count }.max() ?? 0)
        let hostWidth = max(15, members.map(\.host.count).max() ?? 0)
        let clientWidth = max(15, members.map(\.clientId.count).max() ?? 0)
        func row(
            _ groupColumn: String, _ consumer: String, _ instance: String, _ host: String, _ client: String,
            _ partitions: String
        ) -> String {
            var line = Self.pad(groupColumn, groupWidth) + " " + Self.pad(consumer, consumerWidth) + " "
            if showInstance { line += Self.pad(instance, instanceWidth) + " " }
            return line + Self.pad(host, hostWidth) + " " + Self.pad(client, clientWidth) + " " + Self.pad(partitions, 15)
                + " "
        }
        var text = "\n" + row("GROUP", "CONSUMER-ID", "GROUP-INSTANCE-ID", "HOST", "CLIENT-ID", "#PARTITIONS")
        if verbose { text += "ASSIGNMENT" }
        text += "\n"
        for member in members {
            text += row(
                group, member.memberId, member.groupInstanceId ?? "", member.host, member.clientId, "\(member.assignment.count)")
            if verbose { text += Self.assignmentText(member.assignment) }
            text += "\n"
        }
        return text
    }

    /// `topic1(0), topic2(0,1)`, topics sorted, partitions ascending; `-` when empty.
    static func assignmentText(_ partitions: [TopicPartition]) -> String {
        guard !partitions.isEmpty else { return "-" }
        return Dictionary(grouping: partitions, by: \.topic).sorted { $0.key < $1.key }.map { topic, parts in
            "\(topic)(" + parts.map(\.partition).sorted().map { "\($0)" }.joined(separator: ",") + ")"
        }.joined(separator: ", ")
    }

    /// The state view of one group.
    public static func stateTable(
        group: String, coordinator: String, assignor: String, state: String, memberCount: Int
    ) -> String {
        let width = max(25, coordinator.count)
        func line(_ columns: [String]) -> String {
            "\n" + Self.pad(columns[0], width) + " " + Self.pad(columns[1], 25) + " " + Self.pad(columns[2], 20) + " "
                + Self.pad(columns[3], 15) + " " + columns[4]
        }
        return line(["GROUP", "COORDINATOR (ID)", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS"])
            + line([group, coordinator, assignor, state, "\(memberCount)"]) + "\n"
    }

    /// One planned offset of `--reset-offsets`.
    public struct ResetRow: Sendable, Equatable, Comparable {
        public var group: String
        public var topicPartition: TopicPartition
        public var offset: Int64

        public init(group: String, topicPartition: TopicPartition, offset: Int64) {
            self.group = group
            self.topicPartition = topicPartition
            self.offset = offset
        }

        public static func < (lhs: ResetRow, rhs: ResetRow) -> Bool {
            (lhs.group, lhs.topicPartition) < (rhs.group, rhs.topicPartition)
        }
    }

    /// The reset plan as a table (newline before each line, one after the last).
    public static func resetTable(_ rows: [ResetRow]) -> String {
        func line(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
            "\n" + Self.pad(a, 30) + " " + Self.pad(b, 30) + " " + Self.pad(c, 10) + " " + Self.pad(d, 15)
        }
        return line("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET")
            + rows.sorted().map { line($0.group, $0.topicPartition.topic, "\($0.topicPartition.partition)", "\($0.offset)") }
            .joined() + "\n"
    }

    /// The reset plan as Kafka's CSV (`--export`), with the group column unless one group was named.
    public static func exportCSV(_ rows: [ResetRow], includeGroup: Bool) -> String {
        rows.sorted().map { row in
            var fields = [row.topicPartition.topic, "\(row.topicPartition.partition)", "\(row.offset)"]
            if includeGroup { fields.insert(row.group, at: 0) }
            return fields.map(Self.csvField).joined(separator: ",") + "\n"
        }.joined() + "\n"
    }

    /// Quotes a field only when it holds a comma, a quote or a line break (Jackson CSV's minimal quoting).
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The `--delete-offsets` table: rows sorted by the string topic+partition.
    /// - Parameter rows: topic, partition text (`Not Provided` when unknown), status.
    public static func deleteOffsetsTable(_ rows: [(topic: String, partition: String, status: String)]) -> String {
        func line(_ a: String, _ b: String, _ c: String) -> String {
            "\n" + Self.pad(a, 30) + " " + Self.pad(b, 15) + " " + Self.pad(c, 15)
        }
        return line("TOPIC", "PARTITION", "STATUS")
            + rows.sorted { ($0.topic + $0.partition) < ($1.topic + $1.partition) }.map {
                line($0.topic, $0.partition, $0.status)
            }.joined() + "\n"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
