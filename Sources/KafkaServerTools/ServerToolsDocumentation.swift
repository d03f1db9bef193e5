import KafkaTools

/// The man-page and completion declarations of kstorage and kserver-start, which parse their
/// command lines by hand (argparse-style and Kafka's server script respectively). kstorage's
/// option names come from its parser's own tables (`StorageArguments`), so they cannot drift.
public enum ServerToolsDocumentation {
    /// Help texts of kstorage's options (Kafka StorageTool.scala argparse declarations, paraphrased).
    static let storageDescriptions: [String: (argument: String?, text: String)] = [
        "--config": ("filename", "The Kafka configuration file to use (format, info)."),
        "--cluster-id": ("cluster-id", "The cluster id to format with (format)."),
        "--ignore-formatted": (nil, "Do not fail when the directories are already formatted (format)."),
        "--release-version": ("version", "The metadata version to format with, e.g. 4.0-IV0 (format)."),
        "--feature": ("feature=level", "A feature level to format with; repeatable (format)."),
        "--standalone": (nil, "Format the node as the single voter of a new controller quorum (format)."),
        "--initial-controllers": ("id@host:port:dir-id,...", "The initial controller quorum (format)."),
        "--no-initial-controllers": (nil, "Format a controller without an initial quorum (format)."),
        "--add-scram": ("mechanism=[name=...,password=...]", "A SCRAM credential to store; repeatable (format)."),
    ]

    /// kstorage (kafka-storage.sh).
    public static let storage: ToolDocumentation = {
        let shortNames = Dictionary(uniqueKeysWithValues: StorageArguments.names.map { ($0.value, $0.key) })
        let options = StorageArguments.names.values.sorted().map { flag -> OptionSpec in
            let name = String(flag.dropFirst(2))
            let described = Self.storageDescriptions[flag]
            if StorageArguments.flags.contains(flag) {
                return OptionSpec.flag(name, description: described?.text ?? "")
            }
            return OptionSpec.required(
                name, described?.argument, repeatable: ["--feature", "--add-scram"].contains(flag),
                description: described?.text ?? "")
        } + [OptionSpec.flag("help", description: "Show the help message and exit.")]
        return ToolDocumentation(
            name: "kstorage", kafkaScript: "kafka-storage.sh", summary: "The Kafka storage tool.",
            synopsis: [
                "random-uuid", "format --config server.properties --cluster-id ID [--standalone] [options]",
                "info --config server.properties",
            ],
            options: options, subcommands: ["format", "info", "random-uuid"],
            shortNames: Dictionary(uniqueKeysWithValues: shortNames.map { (String($0.key.dropFirst(2)), $0.value) }))
    }()

    /// kserver-start (kafka-server-start.sh).
    public static let serverStart = ToolDocumentation(
        name: "kserver-start", kafkaScript: "kafka-server-start.sh",
        summary: "Starts a Kafka node (broker and/or controller) from a server.properties file.",
        synopsis: ["[-daemon] server.properties [--override property=value]..."],
        options: [
            OptionSpec.required(
                "override", "property=value", repeatable: true,
                description: "Sets a property, overriding the file's value."),
            OptionSpec.flag("help", description: "Print the usage and exit 1."),
            OptionSpec.flag("version", description: "Print the Kafka version and exit."),
        ],
        notes: [
            "The node runs until SIGTERM or SIGINT, then shuts down cleanly and exits 0. "
                + "KRaft only: process.roles, node.id and a controller quorum are required."
        ])
}
