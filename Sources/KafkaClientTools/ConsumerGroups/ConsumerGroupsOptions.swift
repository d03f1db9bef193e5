import KafkaTools

/// kconsumer-groups' options (Kafka ConsumerGroupCommandOptions.java) and their validation, in
/// Kafka's order. Pure: parsing and checks only, no I/O.
public struct ConsumerGroupsOptions: Sendable {
    static let bootstrapServer = OptionSpec.required(
        "bootstrap-server", "server to connect to", required: true,
        description: "REQUIRED: The server(s) to connect to.")
    static let commandConfig = OptionSpec.required(
        "command-config", "command config property file",
        description: "Property file containing configs to be passed to Admin Client and Consumer.")
    static let group = OptionSpec.required(
        "group", "consumer group", repeatable: true, description: "The consumer group we wish to act on.")
    static let allGroups = OptionSpec.flag("all-groups", description: "Apply to all consumer groups.")
    static let topic = OptionSpec.required(
        "topic", "topic", repeatable: true,
        description:
            "The topic whose consumer group information should be deleted or topic whose should be included in the reset offset process. In `reset-offsets` case, partitions can be specified using this format: `topic1:0,1,2`, where 0,1,2 are the partition to be included in the process. Reset-offsets also supports multiple topic inputs."
    )
    static let allTopics = OptionSpec.flag(
        "all-topics",
        description:
            "Consider all topics assigned to a group in the `reset-offsets` process.")
    static let list = OptionSpec.flag("list", description: "List all consumer groups.")
    static let describe = OptionSpec.flag("describe", description: "Describe consumer group and list offset lag (number of messages not yet processed) related to given group.")
    static let delete = OptionSpec.flag("delete", description: "Pass in groups to delete topic partition offsets and ownership information over the entire consumer group. For instance --group g1 --group g2")
    static let timeout = OptionSpec.required(
        "timeout", "timeout (ms)", type: .long, default: "5000",
        description:
            "The timeout that can be set for some use cases. For example, it can be used when describing the group to specify the maximum amount of time in milliseconds to wait before the group stabilizes.")
    static let resetOffsets = OptionSpec.flag("reset-offsets", description: "Reset offsets of consumer group. Supports one consumer group at the time, and instances should be inactive\nHas 2 execution options: --dry-run (the default) to plan which offsets to reset, and --execute to update the offsets. Additionally, the --export option is used to export the results to a CSV format.\nYou must choose one of the following reset specifications: --to-datetime, --by-duration, --to-earliest, --to-latest, --shift-by, --from-file, --to-current, --to-offset.\nTo define the scope use --all-topics or --topic. One scope must be specified unless you use '--from-file'.")
    static let dryRun = OptionSpec.flag("dry-run", description: "Only show results without executing changes on Consumer Groups. Supported operations: reset-offsets.")
    static let execute = OptionSpec.flag("execute", description: "Execute operation. Supported operations: reset-offsets.")
    static let export = OptionSpec.flag("export", description: "Export operation execution to a CSV file. Supported operations: reset-offsets.")
    static let toOffset = OptionSpec.required("to-offset", nil, type: .long, description: "Reset offsets to a specific offset.")
    static let fromFile = OptionSpec.required("from-file", "path to CSV file", description: "Reset offsets to values defined in CSV file.")
    static let toDatetime = OptionSpec.required("to-datetime", nil, description: "Reset offsets to offset from datetime. Format: 'YYYY-MM-DDTHH:mm:SS.sss'")
    static let byDuration = OptionSpec.required("by-duration", nil, description: "Reset offsets to offset by duration from current timestamp. Format: 'PnDTnHnMnS'")
    static let toEarliest = OptionSpec.flag("to-earliest", description: "Reset offsets to earliest offset.")
    static let toLatest = OptionSpec.flag("to-latest", description: "Reset offsets to latest offset.")
    static let toCurrent = OptionSpec.flag("to-current", description: "Reset offsets to current offset.")
    static let shiftBy = OptionSpec.required("shift-by", "number-of-offsets", type: .long, description: "Reset offsets shifting current offset by 'n', where 'n' can be positive or negative.")
    static let members = OptionSpec.flag("members", description: "Describe members of the group. This option may be used with '--describe' and '--bootstrap-server' options only.\nExample: --bootstrap-server localhost:9092 --describe --group group1 --members")
    static let verbose = OptionSpec.flag("verbose", description: "Provide additional information, if any, when describing the group. This option may be used with '--offsets'/'--members'/'--state' and '--bootstrap-server' options only.\nExample: --bootstrap-server localhost:9092 --describe --group group1 --members --verbose")
    static let offsets = OptionSpec.flag("offsets", description: "Describe the group and list all topic partitions in the group along with their offset lag. This is the default sub-action of and may be used with '--describe' and '--bootstrap-server' options only.\nExample: --bootstrap-server localhost:9092 --describe --group group1 --offsets")
    static let state = OptionSpec.optional("state", nil, description: "When specified with '--describe', includes the state of the group.\nExample: --bootstrap-server localhost:9092 --describe --group group1 --state\nWhen specified with '--list', it displays the state of all groups. It can also be used to list groups with specific states.\nExample: --bootstrap-server localhost:9092 --list --state stable,empty\nThis option may be used with '--describe', '--list' and '--bootstrap-server' options only.")
    static let typeOption = OptionSpec.optional("type", nil, description: "When specified with '--list', it displays the types of all the groups. It can also be used to list groups with specific types.\nExample: --bootstrap-server localhost:9092 --list --type classic,consumer\nThis option may be used with the '--list' option only.")
    static let deleteOffsets = OptionSpec.flag("delete-offsets", description: "Delete offsets of consumer group. Supports one consumer group at the time, and multiple topics.")

    /// Every option, in Kafka's declaration order.
    static let all: [OptionSpec] = [
        bootstrapServer, group, topic, allTopics, list, describe, allGroups, delete, timeout, commandConfig,
        resetOffsets, deleteOffsets, dryRun, execute, export, toOffset, fromFile, toDatetime, byDuration,
        toEarliest, toLatest, toCurrent, shiftBy, members, verbose, offsets, state, typeOption,
    ]

    /// The reset scenarios in Kafka's order (allResetOffsetScenarioOpts).
    static let scenarios: [OptionSpec] = [
        toOffset, shiftBy, toDatetime, byDuration, toEarliest, toLatest, toCurrent, fromFile,
    ]

    /// Options jopt only accepts next to others (`availableIf`): given alone they fail the parse.
    static let availability: [(OptionSpec, [OptionSpec])] = [
        (members, [describe]), (offsets, [describe]), (verbose, [describe]), (state, [describe, list]),
        (typeOption, [list]),
    ]

    /// The action.
    public enum Action: Sendable, Equatable {
        case list, describe, delete, resetOffsets, deleteOffsets
    }

    /// `--describe`'s view.
    public enum DescribeView: Sendable, Equatable {
        case offsets, members(verbose: Bool), state
    }

    /// A reset target (Kafka's reset scenarios).
    public enum Scenario: Sendable, Equatable {
        case toOffset(Int64)
        case shiftBy(Int64)
        case toDatetime(String)
        case byDuration(String)
        case toEarliest, toLatest, toCurrent
        case fromFile(String)
    }

    public var action: Action
    public var bootstrapServer: String
    public var commandConfig: String?
    public var groups: [String]
    public var allGroups: Bool
    public var topics: [String]
    public var allTopics: Bool
    public var timeoutMs: Int64
    public var describeView: DescribeView
    /// `--list --state[=filter]`: nil without `--state`; the raw filter text (maybe empty) with it.
    public var listState: String?
    /// `--list --type[=filter]`.
    public var listType: String?
    public var execute: Bool
    public var export: Bool
    public var scenario: Scenario?

    /// The uncaught jopt exception for an option given without the option it needs.
    /// - Returns: the exception text, or nil when every option is available.
    static func unavailableOption(_ parsed: ParsedOptions) -> String? {
        for (option, needs) in Self.availability where parsed.has(option) && !needs.contains(where: parsed.has) {
            return "Option(s) \(option.rendered) are unavailable given other options on the command line"
        }
        return nil
    }

    /// Validates as Kafka's checkArgs, then the one-action rule.
    /// - Parameter warn: receives the stderr warning for a reset without --execute/--dry-run.
    /// - Throws: `ToolError` (print usage and exit 1).
    public init(_ parsed: ParsedOptions, warn: (String) -> Void) throws {
        func usage(_ message: String) -> ToolError { ToolError(message, exitCode: 1, showUsage: true) }
        // The spec prints these option sets without the outer brackets jopt's Set.toString would add.
        let selection = "\(Self.allGroups.rendered), \(Self.group.rendered)"
        if parsed.has(Self.describe) {
            if !parsed.has(Self.group) && !parsed.has(Self.allGroups) {
                throw usage("Option \(Self.describe.rendered) takes one of these options: \(selection)")
            }
            if [Self.members, Self.offsets, Self.state].filter(parsed.has).count > 1 {
                throw usage(
                    "Option \(Self.describe.rendered) takes at most one of these options: \(Self.members.rendered), \(Self.offsets.rendered), \(Self.state.rendered)"
                )
            }
            if parsed.has(Self.state) && !parsed.values(Self.state).isEmpty {
                throw usage("Option \(Self.describe.rendered) does not take a value for \(Self.state.rendered)")
            }
        }
        if parsed.has(Self.delete) {
            if !parsed.has(Self.group) && !parsed.has(Self.allGroups) {
                throw usage("Option \(Self.delete.rendered) takes one of these options: \(selection)")
            }
            if parsed.has(Self.topic) {
                throw usage("The consumer does not support topic-specific offset deletion from a consumer group.")
            }
        }
        if parsed.has(Self.deleteOffsets) && (!parsed.has(Self.group) || !parsed.has(Self.topic)) {
            throw usage(
                "Option \(Self.deleteOffsets.rendered) takes the following options: \(Self.group.rendered), \(Self.topic.rendered)"
            )
        }
        if parsed.has(Self.resetOffsets) {
            if parsed.has(Self.dryRun) && parsed.has(Self.execute) {
                throw usage(
                    "Option \(Self.resetOffsets.rendered) only accepts one of \(Self.execute.rendered) and \(Self.dryRun.rendered)")
            }
            if !parsed.has(Self.dryRun) && !parsed.has(Self.execute) {
                warn(
                    "WARN: No action will be performed as the --execute option is missing.In a future major release, the default behavior of this command will be to prompt the user before executing the reset rather than doing a dry run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the current default behavior without prompting."
                )
            }
            if !parsed.has(Self.group) && !parsed.has(Self.allGroups) {
                throw usage("Option \(Self.resetOffsets.rendered) takes one of these options: \(selection)")
            }
            for scenario in Self.scenarios {
                try parsed.checkInvalid(used: scenario, invalid: Self.scenarios.filter { $0 != scenario })
            }
        }
        try parsed.checkInvalid(used: Self.group, invalid: [Self.allGroups])
        try parsed.checkInvalid(used: Self.group, invalid: [Self.list])
        try parsed.checkInvalid(used: Self.topic, invalid: [Self.list, Self.describe])
        let actions: [(OptionSpec, Action)] = [
            (Self.list, .list), (Self.describe, .describe), (Self.delete, .delete),
            (Self.resetOffsets, .resetOffsets), (Self.deleteOffsets, .deleteOffsets),
        ]
        let given = actions.filter { parsed.has($0.0) }
        guard given.count == 1 else {
            throw usage(
                "Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets")
        }
        self.action = given[0].1
        self.bootstrapServer = parsed.value(Self.bootstrapServer) ?? ""
        self.commandConfig = parsed.value(Self.commandConfig)
        self.groups = parsed.values(Self.group)
        self.allGroups = parsed.has(Self.allGroups)
        self.topics = parsed.values(Self.topic)
        self.allTopics = parsed.has(Self.allTopics)
        self.timeoutMs = parsed.long(Self.timeout) ?? 5000
        if parsed.has(Self.members) {
            self.describeView = .members(verbose: parsed.has(Self.verbose))
        } else if parsed.has(Self.state) {
            self.describeView = .state
        } else {
            self.describeView = .offsets
        }
        self.listState = parsed.has(Self.state) ? (parsed.value(Self.state) ?? "") : nil
        self.listType = parsed.has(Self.typeOption) ? (parsed.value(Self.typeOption) ?? "") : nil
        self.execute = parsed.has(Self.execute)
        self.export = parsed.has(Self.export)
        if let value = parsed.long(Self.toOffset), parsed.has(Self.toOffset) {
            self.scenario = .toOffset(value)
        } else if let value = parsed.long(Self.shiftBy), parsed.has(Self.shiftBy) {
            self.scenario = .shiftBy(value)
        } else if parsed.has(Self.toDatetime), let value = parsed.value(Self.toDatetime) {
            self.scenario = .toDatetime(value)
        } else if parsed.has(Self.byDuration), let value = parsed.value(Self.byDuration) {
            self.scenario = .byDuration(value)
        } else if parsed.has(Self.toEarliest) {
            self.scenario = .toEarliest
        } else if parsed.has(Self.toLatest) {
            self.scenario = .toLatest
        } else if parsed.has(Self.toCurrent) {
            self.scenario = .toCurrent
        } else if parsed.has(Self.fromFile), let value = parsed.value(Self.fromFile) {
            self.scenario = .fromFile(value)
        } else {
            self.scenario = nil
        }
    }

    /// `--list --state` filter: the states named (case-insensitive), Kafka's spelling.
    /// - Throws: `ToolError` `Invalid state list '…'` (usage, exit 1).
    static func parseStates(_ text: String) throws -> [String] {
        let valid = ["PreparingRebalance", "CompletingRebalance", "Stable", "Dead", "Empty", "Assigning", "Reconciling"]
        guard !text.isEmpty else { return [] }
        var states: [String] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = item.trimmingCharacters(in: " ")
            guard let state = valid.first(where: { $0.lowercased() == trimmed.lowercased() }) else {
                throw ToolError(
                    "Invalid state list '\(text)'. Valid states are: \(valid.joined(separator: ", "))", exitCode: 1,
                    showUsage: true)
            }
            states.append(state)
        }
        return states
    }

    /// `--list --type` filter: `classic`, `consumer`, `share` (case-insensitive).
    /// - Throws: `ToolError` `Invalid types list '…'`.
    static func parseTypes(_ text: String) throws -> [String] {
        guard !text.isEmpty else { return [] }
        var types: [String] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = item.trimmingCharacters(in: " ").lowercased()
            guard ["consumer", "classic", "share"].contains(trimmed) else {
                throw ToolError(
                    "Invalid types list '\(text)'. Valid types are: Consumer, Classic, Share", exitCode: 1,
                    showUsage: true)
            }
            types.append(trimmed)
        }
        return types
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = self
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
