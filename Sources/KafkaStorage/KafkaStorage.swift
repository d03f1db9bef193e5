/// The storage layer (issue 3): see the files beside this one.
public enum KafkaStorage {}
