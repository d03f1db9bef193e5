import KafkaProtocol
print("CRC32C hardware:", CRC32C.usesHardware)
