// generated from clients/DescribeTopicPartitionsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeTopicPartitionsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topics = RandomValues.array(using: &generator) { generator in DescribeTopicPartitionsRequest.TopicRequest.random(version: version, using: &generator) }
        value.responsePartitionLimit = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.cursor = nil
        } else {
            value.cursor = DescribeTopicPartitionsRequest.Cursor.random(version: version, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeTopicPartitionsRequest.TopicRequest: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeTopicPartitionsRequest.Cursor: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
