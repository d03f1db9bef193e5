/// The broker layer (issue 4): see the files beside this one.
public enum KafkaBrokerModule {}
