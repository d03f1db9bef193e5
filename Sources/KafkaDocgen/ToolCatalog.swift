import KafkaClientTools
import KafkaServerTools
import KafkaTools

/// Every tool whose man page, completions, launcher and install entry kafka-docgen produces.
///
/// Adding a tool is one line here: `ToolDocumentation(SomeCommand.self, kafkaScript: ..., synopsis: ...)`
/// for a jopt-style `Tool`, or a hand-made `ToolDocumentation` for one that parses by itself.
public enum ToolCatalog {
    public static let tools: [ToolDocumentation] = [
        ToolDocumentation(
            TopicsCommand.self, kafkaScript: "kafka-topics.sh",
            synopsis: [
                "--bootstrap-server H:P --list [--topic REGEX] [--exclude-internal]",
                "--bootstrap-server H:P --describe [--topic REGEX | --topic-id ID] [filters]",
                "--bootstrap-server H:P --create --topic NAME [--partitions N] [--replication-factor N] "
                    + "[--config K=V]...",
                "--bootstrap-server H:P --alter --topic REGEX --partitions N [--replica-assignment LIST]",
                "--bootstrap-server H:P --delete --topic REGEX [--if-exists]",
            ],
            notes: [
                "Runtime failures print \"Error while executing topic command : <message>\" on standard output "
                    + "and exit 1. --zookeeper is not recognized: use --bootstrap-server, as Kafka 3.0 and later require."
            ]),
        ToolDocumentation(
            ConsoleProducerCommand.self, kafkaScript: "kafka-console-producer.sh",
            synopsis: ["--bootstrap-server H:P --topic TOPIC [--property K=V]... [--producer-property K=V]..."]),
        ToolDocumentation(
            ConsoleConsumerCommand.self, kafkaScript: "kafka-console-consumer.sh",
            synopsis: [
                "--bootstrap-server H:P (--topic TOPIC | --include REGEX) [--from-beginning] [--property K=V]..."
            ]),
        ToolDocumentation(
            LogDumpCommand.self, kafkaScript: "kafka-dump-log.sh", synopsis: ["--files FILE[,FILE...] [options]"]),
        ServerToolsDocumentation.storage,
        ServerToolsDocumentation.serverStart,
    ]

    /// The tool called `name`.
    public static func tool(named name: String) -> ToolDocumentation? {
        self.tools.first { $0.name == name }
    }
}
