/// The shared layer of the command-line tools (issue 5).
public enum KafkaTools {}
