import KafkaClient
import KafkaTools

/// Computes `--reset-offsets` plans from offsets already looked up (Kafka
/// ConsumerGroupCommand.prepareOffsetsToReset). Pure: no I/O; warnings are returned as text.
public enum ResetOffsetsPlanner {
    /// What the planner knows about each partition in scope.
    public struct PartitionOffsets: Sendable, Equatable {
        public var committed: Int64?
        public var logStart: Int64
        public var logEnd: Int64
        /// For `--to-datetime`/`--by-duration`: the first offset at or after the time, nil when none.
        public var atTimestamp: Int64?

        public init(committed: Int64?, logStart: Int64, logEnd: Int64, atTimestamp: Int64? = nil) {
            self.committed = committed
            self.logStart = logStart
            self.logEnd = logEnd
            self.atTimestamp = atTimestamp
        }
    }

    /// The outcome for one group.
    public struct Plan: Sendable, Equatable {
        public var offsets: [TopicPartition: Int64] = [:]
        /// Lines Kafka logs at WARN (clamping) or prints (`Warn: Partition … is empty`).
        public var logWarnings: [String] = []
        public var printedWarnings: [String] = []
    }

    /// - Parameter fileOffsets: for `--from-file`, this group's offsets from the CSV.
    /// - Throws: `ToolError` (usage) when shifting a partition without committed offset.
    public static func plan(
        scenario: ConsumerGroupsOptions.Scenario, partitions: [TopicPartition: PartitionOffsets],
        fileOffsets: [TopicPartition: Int64] = [:]
    ) throws -> Plan {
        var plan = Plan()
        for (topicPartition, known) in partitions.sorted(by: { $0.key < $1.key }) {
            let offset: Int64
            switch scenario {
            case .toOffset(let target):
                offset = Self.clamp(target, known, topicPartition, &plan)
            case .toEarliest:
                offset = known.logStart
            case .toLatest:
                offset = known.logEnd
            case .toCurrent:
                offset = known.committed ?? known.logEnd
            case .shiftBy(let shift):
                guard let committed = known.committed else {
                    throw ToolError(
                        "Cannot shift offset for partition \(topicPartition) since there is no current committed offset",
                        exitCode: 1, showUsage: true)
                }
                offset = Self.clamp(committed &+ shift, known, topicPartition, &plan)
            case .toDatetime, .byDuration:
                if let found = known.atTimestamp {
                    offset = found
                } else {
                    plan.printedWarnings.append(
                        "\nWarn: Partition \(topicPartition.partition) from topic \(topicPartition.topic) is empty. Falling back to latest known offset."
                    )
                    offset = known.logEnd
                }
            case .fromFile:
                guard let target = fileOffsets[topicPartition] else { continue }
                offset = Self.clamp(target, known, topicPartition, &plan)
            }
            plan.offsets[topicPartition] = offset
        }
        return plan
    }

    private static func clamp(
        _ offset: Int64, _ known: PartitionOffsets, _ topicPartition: TopicPartition, _ plan: inout Plan
    ) -> Int64 {
        if offset > known.logEnd {
            plan.logWarnings.append(
                "New offset (\(offset)) is higher than latest offset for topic partition \(topicPartition). Value will be set to \(known.logEnd)"
            )
            return known.logEnd
        }
        if offset < known.logStart {
            plan.logWarnings.append(
                "New offset (\(offset)) is lower than earliest offset for topic partition \(topicPartition). Value will be set to \(known.logStart)"
            )
            return known.logStart
        }
        return offset
    }

    /// Parses `--topic` values: `t` (every partition, nil) or `t:0,2`.
    /// - Throws: `ToolError` with Kafka's IllegalArgumentException texts (usage, exit 1).
    public static func parseTopicArgument(_ argument: String) throws -> (topic: String, partitions: [Int32]?) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return (argument, nil)
        case 2:
            var partitions: [Int32] = []
            for item in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
                guard let value = Int32(item.trimmingSpaces()) else {
                    throw ToolError(
                        "Invalid partition '\(item)' specified in topic arg '\(argument)''", exitCode: 1, showUsage: true)
                }
                partitions.append(value)
            }
            return (String(parts[0]), partitions)
        default:
            throw ToolError(
                "Invalid topic arg '\(argument)', expected topic name and partitions", exitCode: 1, showUsage: true)
        }
    }

    /// Parses a `--from-file` CSV (Kafka parseResetPlan): with exactly one `--group` and a first
    /// line of three columns, every line is `topic,partition,offset` for that group; otherwise
    /// every line is `group,topic,partition,offset`.
    /// - Throws: `ToolError` for a line that does not parse.
    public static func parseResetFile(_ text: String, singleGroup: String?) throws -> [String: [TopicPartition: Int64]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }.filter { !$0.isEmpty }
        var result: [String: [TopicPartition: Int64]] = [:]
        let threeColumns = singleGroup != nil && (lines.first.map { Self.csvFields($0).count == 3 } ?? false)
        for line in lines {
            let fields = Self.csvFields(line)
            if threeColumns, let group = singleGroup {
                guard fields.count == 3, let partition = Int32(fields[1]), let offset = Int64(fields[2]) else {
                    throw ToolError("Invalid reset plan line '\(line)'", exitCode: 1)
                }
                result[group, default: [:]][TopicPartition(topic: fields[0], partition: partition)] = offset
            } else {
                guard fields.count == 4, let partition = Int32(fields[2]), let offset = Int64(fields[3]) else {
                    throw ToolError("Invalid reset plan line '\(line)'", exitCode: 1)
                }
                result[fields[0], default: [:]][TopicPartition(topic: fields[1], partition: partition)] = offset
            }
        }
        return result
    }

    /// Splits one CSV line, honouring double quotes.
    static func csvFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line)
        var index = 0
        while index < iterator.count {
            let character = iterator[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < iterator.count && iterator[index + 1] == "\"" {
                        current.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index += 1
        }
        fields.append(current)
        iterator.removeAll()
        return fields
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
