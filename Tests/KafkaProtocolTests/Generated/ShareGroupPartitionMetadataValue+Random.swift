// generated from group-coordinator/ShareGroupPartitionMetadataValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupPartitionMetadataValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topics = RandomValues.array(using: &generator) { generator in ShareGroupPartitionMetadataValue.TopicMetadata.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupPartitionMetadataValue.TopicMetadata: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.topicName = RandomValues.string(using: &generator)
        value.numPartitions = Int32.random(in: .min ... .max, using: &generator)
        value.partitionMetadata = RandomValues.array(using: &generator) { generator in ShareGroupPartitionMetadataValue.PartitionMetadata.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupPartitionMetadataValue.PartitionMetadata: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        value.racks = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
