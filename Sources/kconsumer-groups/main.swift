import KafkaClientTools

ConsumerGroupsCommand.runMain()
