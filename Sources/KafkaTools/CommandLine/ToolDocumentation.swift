/// What the man page and shell completions of one tool are generated from: the same `OptionSpec`
/// declarations the parser reads, plus the few facts a parser does not need (the Kafka script it
/// stands in for, a synopsis, sub-commands, positional arguments).
public struct ToolDocumentation: Sendable {
    /// The binary, e.g. `ktopics`.
    public var name: String
    /// The Kafka script it replaces, e.g. `kafka-topics.sh` (also installed as an alias).
    public var kafkaScript: String
    /// One line: what the tool does.
    public var summary: String
    /// Usage lines without the program name, e.g. `--bootstrap-server H:P --list`.
    public var synopsis: [String]
    /// Every option the tool accepts.
    public var options: [OptionSpec]
    /// Sub-commands given as the first word (argparse-style tools such as kstorage).
    public var subcommands: [String]
    /// Short spellings of options (`-c` for `--config`), for argparse-style tools.
    public var shortNames: [String: String]
    /// Extra paragraphs for the DESCRIPTION section.
    public var notes: [String]

    public init(
        name: String, kafkaScript: String, summary: String, synopsis: [String], options: [OptionSpec],
        subcommands: [String] = [], shortNames: [String: String] = [:], notes: [String] = []
    ) {
        self.name = name
        self.kafkaScript = kafkaScript
        self.summary = summary
        self.synopsis = synopsis
        self.options = options
        self.subcommands = subcommands
        self.shortNames = shortNames
        self.notes = notes
    }

    /// The documentation of a jopt-style `Tool`: its declared options plus `--help`/`--version`.
    public init<T: Tool>(_ tool: T.Type, kafkaScript: String, synopsis: [String], notes: [String] = []) {
        self.init(
            name: T.name, kafkaScript: kafkaScript, summary: T.summary, synopsis: synopsis, options: T.allOptions,
            notes: notes)
    }
}
