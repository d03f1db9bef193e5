import Foundation
import KafkaClient
import KafkaProtocol
import KafkaTools

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The cluster side of kconsumer-groups: the admin client for group calls and an unassigned
/// consumer for ListOffsets (Kafka ConsumerGroupCommand.ConsumerGroupService).
final class ConsumerGroupsService: Sendable {
    let admin: KafkaAdminClient
    let offsets: KafkaConsumer
    let timeoutMs: Int64

    init(properties: [String: String], timeoutMs: Int64) throws {
        self.admin = try KafkaAdminClient(properties: properties)
        var consumerProperties = properties
        consumerProperties.removeValue(forKey: "default.api.timeout.ms")
        consumerProperties.removeValue(forKey: "group.id")
        self.offsets = try KafkaConsumer(properties: consumerProperties)
        self.timeoutMs = timeoutMs
    }

    func close() async {
        await self.admin.close()
        await self.offsets.close()
    }

    // MARK: list

    /// Consumer groups: those of protocol type `consumer`, plus offset-only groups (empty type).
    func consumerGroups(states: [String] = [], types: [String] = []) async throws -> [GroupListing] {
        try await self.admin.listGroups(states: states, types: types).filter {
            $0.protocolType == ConsumerProtocol.protocolType || $0.protocolType.isEmpty
        }
    }

    func list(
        states: [String], types: [String], options: ConsumerGroupsOptions, output: SendableOutput
    ) async throws {
        let groups = try await self.consumerGroups(states: states, types: types)
        if options.listState == nil && options.listType == nil {
            output.stdout.write(ConsumerGroupsFormatter.plainList(groups.map(\.groupId)))
        } else {
            output.stdout.write(
                ConsumerGroupsFormatter.listTable(
                    groups, showType: options.listType != nil, showState: options.listState != nil))
        }
    }

    /// The groups an action works on, in ascending order for describe.
    func selectedGroups(_ options: ConsumerGroupsOptions) async throws -> [String] {
        if options.allGroups { return try await self.consumerGroups().map(\.groupId) }
        var seen = Set<String>()
        return options.groups.filter { seen.insert($0).inserted }
    }

    // MARK: describe

    func describe(_ options: ConsumerGroupsOptions, output: SendableOutput) async throws {
        let groups = try await self.selectedGroups(options).sorted()
        let descriptions = try await self.admin.describeGroups(groups)
        for group in groups {
            let description = try descriptions[group]?.get()
            let state = description?.state ?? "Dead"
            switch options.describeView {
            case .offsets:
                let rows = state == "Dead" ? [] : try await self.offsetRows(group, description)
                if self.preamble(group, state: state, output: output) && !rows.isEmpty {
                    output.stdout.write(ConsumerGroupsFormatter.offsetsTable(rows))
                }
            case .members(let verbose):
                let members = description?.members ?? []
                let show = self.preamble(group, state: state, output: output)
                // Kafka still prints the header line for a group that does not exist.
                if state == "Dead" || (show && !members.isEmpty) {
                    output.stdout.write(
                        ConsumerGroupsFormatter.membersTable(group: group, members: members, verbose: verbose))
                }
            case .state:
                if self.preamble(group, state: state, output: output), let description {
                    let coordinator = description.coordinator.map {
                        "\($0.address.host):\($0.address.port)  (\($0.nodeId))"
                    } ?? ""
                    output.stdout.write(
                        ConsumerGroupsFormatter.stateTable(
                            group: group, coordinator: coordinator, assignor: description.assignor, state: state,
                            memberCount: description.members.count))
                }
            }
        }
    }

    /// Kafka's shouldPrintMemberState messages; false when the table must be skipped (Dead).
    func preamble(_ group: String, state: String, output: SendableOutput) -> Bool {
        switch state {
        case "Dead":
            output.error("Consumer group '\(group)' does not exist.")
            return false
        case "Empty":
            output.stderr.line("\nConsumer group '\(group)' has no active members.")
        case "PreparingRebalance", "CompletingRebalance", "Assigning", "Reconciling":
            output.stderr.line("\nWarning: Consumer group '\(group)' is rebalancing.")
        default:
            break
        }
        return true
    }

    /// Rows of the offsets view: members with partitions (most partitions first), then committed
    /// partitions nobody owns.
    func offsetRows(
        _ group: String, _ description: ConsumerGroupDescription?
    ) async throws -> [ConsumerGroupsFormatter.OffsetRow] {
        let committed = try await self.admin.listConsumerGroupOffsets(group)
        let members = (description?.members ?? []).filter { !$0.assignment.isEmpty }.enumerated().sorted {
            ($0.element.assignment.count, -$0.offset) > ($1.element.assignment.count, -$1.offset)
        }.map(\.element)
        let assigned = Set(members.flatMap(\.assignment))
        let all = Array(assigned.union(committed.keys))
        let ends = try await self.endOffsets(all)
        var rows: [ConsumerGroupsFormatter.OffsetRow] = []
        for member in members {
            for topicPartition in member.assignment.sorted() {
                rows.append(
                    .init(
                        group: group, topic: topicPartition.topic, partition: topicPartition.partition,
                        currentOffset: committed[topicPartition], logEndOffset: ends[topicPartition],
                        consumerId: member.memberId, host: member.host, clientId: member.clientId))
            }
        }
        for topicPartition in committed.keys.sorted() where !assigned.contains(topicPartition) {
            rows.append(
                .init(
                    group: group, topic: topicPartition.topic, partition: topicPartition.partition,
                    currentOffset: committed[topicPartition], logEndOffset: ends[topicPartition], consumerId: nil,
                    host: nil, clientId: nil))
        }
        return rows
    }

    /// Partitions of topics that exist, so ListOffsets is not kept waiting on unknown ones.
    func existing(_ partitions: [TopicPartition]) async throws -> [TopicPartition] {
        let topics = Array(Set(partitions.map(\.topic))).sorted()
        guard !topics.isEmpty else { return [] }
        let metadata = try await self.offsets.cluster.refreshMetadata(topics: topics)
        return partitions.filter { metadata.partition($0) != nil }
    }

    func endOffsets(_ partitions: [TopicPartition]) async throws -> [TopicPartition: Int64] {
        let known = try await self.existing(partitions)
        return known.isEmpty ? [:] : try await self.offsets.endOffsets(known)
    }

    // MARK: delete

    func delete(_ options: ConsumerGroupsOptions, output: SendableOutput) async throws {
        let groups = try await self.selectedGroups(options)
        let results = try await self.admin.deleteGroups(groups)
        let succeeded = groups.filter { if case .success = results[$0] { return true } else { return false } }
        let failed = groups.compactMap { group -> (String, KafkaApiError)? in
            if case .failure(let error) = results[group] { return (group, error) }
            return nil
        }
        let quoted = { (names: [String]) in names.map { "'\($0)'" }.joined(separator: ", ") }
        if failed.isEmpty {
            output.stdout.write("Deletion of requested consumer groups (\(quoted(succeeded))) was successful.\n")
            return
        }
        output.error("Deletion of some consumer groups failed:")
        for (group, error) in failed {
            output.stdout.write("* Group '\(group)' could not be deleted due to: \(GroupErrorText.executionException(error))\n")
        }
        if !succeeded.isEmpty {
            output.stdout.write("\nThese consumer groups were deleted successfully: \(quoted(succeeded))\n")
        }
    }

    // MARK: delete-offsets

    func deleteOffsets(_ options: ConsumerGroupsOptions, output: SendableOutput) async throws {
        let group = options.groups.first ?? ""
        var partitions: [TopicPartition] = []
        var notProvided: [String] = []
        for argument in options.topics {
            let (topic, given) = try ResetOffsetsPlanner.parseTopicArgument(argument)
            if let given {
                partitions += given.map { TopicPartition(topic: topic, partition: $0) }
            } else if let described = try? await self.admin.describeTopics([topic]).first {
                partitions += described.partitions.map { TopicPartition(topic: topic, partition: $0.partition) }
            } else {
                notProvided.append(topic)
            }
        }
        let (error, results) = try await self.admin.deleteConsumerGroupOffsets(group, partitions: partitions)
        let topicsText = options.topics.map { (try? ResetOffsetsPlanner.parseTopicArgument($0).topic) ?? $0 }
        var partitionErrors = false
        var rows: [(topic: String, partition: String, status: String)] = []
        for topicPartition in partitions {
            let code = results[topicPartition] ?? error
            if code.isError { partitionErrors = true }
            rows.append(
                (
                    topicPartition.topic, "\(topicPartition.partition)",
                    code.isError ? "Error: :\(GroupErrorText.describe(KafkaApiError(code: code, message: nil, context: "")))" : "Successful"
                ))
        }
        for topic in notProvided {
            rows.append((topic, "Not Provided", "Error: :org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition."))
        }
        switch error {
        case .none where !partitionErrors && notProvided.isEmpty:
            output.stdout.write(
                "Request succeed for deleting offsets with topic \(topicsText.joined(separator: ", ")) group \(group)\n")
        case .none, .groupSubscribedToTopic, .topicAuthorizationFailed, .unknownTopicOrPartition:
            output.error("Encounter some partition level error, see the follow-up details:")
        case .invalidGroupId: output.error("'\(group)' is not valid.")
        case .groupIdNotFound: output.error("'\(group)' does not exist.")
        case .groupAuthorizationFailed: output.error("Access to '\(group)' is not authorized.")
        case .nonEmptyGroup:
            output.error("Deleting offsets of a consumer group '\(group)' is forbidden if the group is not empty.")
        default: output.error("Encounter some unknown error: \(error.name)")
        }
        output.stdout.write(ConsumerGroupsFormatter.deleteOffsetsTable(rows))
    }

    // MARK: reset-offsets

    func resetOffsets(_ options: ConsumerGroupsOptions, output: SendableOutput) async throws {
        guard let scenario = options.scenario else {
            let names = ConsumerGroupsOptions.scenarios.map(\.rendered).joined(separator: ", ")
            throw ToolError(
                "Option '\(ConsumerGroupsOptions.resetOffsets.rendered)' requires one of the following scenarios: [\(names)]",
                exitCode: 1, showUsage: true)
        }
        var fileOffsets: [String: [TopicPartition: Int64]] = [:]
        if case .fromFile(let path) = scenario {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ToolError("\(path) (No such file or directory)", exitCode: 1)
            }
            fileOffsets = try ResetOffsetsPlanner.parseResetFile(
                text, singleGroup: options.groups.count == 1 && !options.allGroups ? options.groups[0] : nil)
        } else if !options.allTopics && options.topics.isEmpty {
            throw ToolError(
                "One of the reset scopes should be defined: --all-topics, --topic.", exitCode: 1, showUsage: true)
        }
        let timestamp: Int64?
        switch scenario {
        case .toDatetime(let text):
            guard let value = TimeSpecs.parseDateTime(text) else {
                throw ToolError("Error parsing timestamp '\(text)'", exitCode: 1)
            }
            timestamp = value
        case .byDuration(let text):
            guard let value = TimeSpecs.parseDuration(text) else {
                throw ToolError("Text cannot be parsed to a Duration", exitCode: 1)
            }
            timestamp = Self.nowMs() - value
        default:
            timestamp = nil
        }
        let groups = try await self.selectedGroups(options)
        let descriptions = try await self.admin.describeGroups(groups)
        var rows: [ConsumerGroupsFormatter.ResetRow] = []
        var processed = 0
        for group in groups.sorted() {
            let state = (try? descriptions[group]?.get())?.state ?? "Dead"
            guard state == "Empty" || state == "Dead" else {
                output.error(
                    "Assignments can only be reset if the group '\(group)' is inactive, but the current state is \(state).")
                processed += 1
                continue
            }
            processed += 1
            if case .fromFile = scenario, fileOffsets[group] == nil {
                output.error("No reset plan for group \(group) found")
                continue
            }
            let committed = try await self.admin.listConsumerGroupOffsets(group)
            let scope: [TopicPartition]
            if case .fromFile = scenario {
                scope = (fileOffsets[group] ?? [:]).keys.sorted()
            } else {
                scope = try await self.scope(options, committed: committed)
            }
            let partitions = try await self.partitionOffsets(scope, committed: committed, timestamp: timestamp)
            let plan = try ResetOffsetsPlanner.plan(
                scenario: scenario, partitions: partitions, fileOffsets: fileOffsets[group] ?? [:])
            for line in plan.logWarnings { output.stderr.line(Self.logLine("WARN", line)) }
            for line in plan.printedWarnings { output.stdout.write(line + "\n") }
            if options.execute && !plan.offsets.isEmpty {
                let results = try await self.admin.alterConsumerGroupOffsets(group, offsets: plan.offsets)
                if let failure = results.values.compactMap({ result -> KafkaApiError? in
                    if case .failure(let error) = result { return error }
                    return nil
                }).first {
                    throw failure
                }
            }
            rows += plan.offsets.map { .init(group: group, topicPartition: $0.key, offset: $0.value) }
        }
        guard processed > 0 else { return }
        if options.export {
            let single = options.groups.count == 1 && !options.allGroups
            output.stdout.write(ConsumerGroupsFormatter.exportCSV(rows, includeGroup: !single))
        } else {
            output.stdout.write(ConsumerGroupsFormatter.resetTable(rows))
        }
    }

    /// The partitions of `--all-topics` (those with committed offsets) and `--topic` arguments.
    func scope(_ options: ConsumerGroupsOptions, committed: [TopicPartition: Int64]) async throws -> [TopicPartition] {
        if options.allTopics { return committed.keys.sorted() }
        var partitions: [TopicPartition] = []
        for argument in options.topics {
            let (topic, given) = try ResetOffsetsPlanner.parseTopicArgument(argument)
            if let given {
                partitions += given.map { TopicPartition(topic: topic, partition: $0) }
            } else {
                let described = try await self.admin.describeTopics([topic])
                partitions += described.flatMap { $0.partitions.map { TopicPartition(topic: topic, partition: $0.partition) } }
            }
        }
        return Array(Set(partitions)).sorted()
    }

    func partitionOffsets(
        _ partitions: [TopicPartition], committed: [TopicPartition: Int64], timestamp: Int64?
    ) async throws -> [TopicPartition: ResetOffsetsPlanner.PartitionOffsets] {
        guard !partitions.isEmpty else { return [:] }
        let starts = try await self.offsets.beginningOffsets(partitions)
        let ends = try await self.offsets.endOffsets(partitions)
        var atTime: [TopicPartition: Int64] = [:]
        if let timestamp { atTime = try await self.offsets.offsetsForTimes(partitions, timestamp: timestamp) }
        var result: [TopicPartition: ResetOffsetsPlanner.PartitionOffsets] = [:]
        for topicPartition in partitions {
            result[topicPartition] = .init(
                committed: committed[topicPartition], logStart: starts[topicPartition] ?? 0,
                logEnd: ends[topicPartition] ?? 0,
                atTimestamp: atTime[topicPartition].flatMap { $0 >= 0 ? $0 : nil })
        }
        return result
    }

    static func nowMs() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }

    /// A tool log line: `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)`, in local time as log4j prints.
    static func logLine(_ level: String, _ message: String) -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = time_t(now.tv_sec)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = Int(now.tv_nsec / 1_000_000)
        let millisText = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        let stamp =
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)),\(millisText)"
        return "[\(stamp)] \(level) \(message) (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)"
    }
}
