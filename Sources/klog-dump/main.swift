import KafkaTools

ToolRunner.main(LogDumpCommand.self)
