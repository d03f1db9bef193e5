/// The shared layer of the command-line tools: flag parsing and help (`CommandLine/`), and a folder
/// per tool.
public enum KafkaTools {
    /// The Kafka version `--version` prints: the release whose tool behaviour we follow
    /// (../shared/tools-spec/README.md).
    public static let version = "4.0.0"
}
