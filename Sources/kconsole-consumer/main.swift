import KafkaClientTools
import KafkaTools

ToolRunner.main(ConsoleConsumerCommand.self)
