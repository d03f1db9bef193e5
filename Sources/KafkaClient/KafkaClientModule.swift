/// The client layer (issue 5): see the files beside this one.
public enum KafkaClientModule {}
