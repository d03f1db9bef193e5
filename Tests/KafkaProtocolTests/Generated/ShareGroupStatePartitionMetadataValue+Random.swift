// generated from group-coordinator/ShareGroupStatePartitionMetadataValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupStatePartitionMetadataValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.initializedTopics = RandomValues.array(using: &generator) { generator in ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo.random(version: version, using: &generator) }
        value.deletingTopics = RandomValues.array(using: &generator) { generator in ShareGroupStatePartitionMetadataValue.TopicInfo.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.topicName = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupStatePartitionMetadataValue.TopicInfo: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.topicName = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
