import KafkaClientTools
import KafkaTools

ToolRunner.main(ConsoleProducerCommand.self)
