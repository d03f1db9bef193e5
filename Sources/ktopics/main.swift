import KafkaClientTools
import KafkaTools

ToolRunner.main(TopicsCommand.self)
