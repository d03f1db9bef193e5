// The generator is being written; see issue 2.
public enum KafkaCodegen {}
