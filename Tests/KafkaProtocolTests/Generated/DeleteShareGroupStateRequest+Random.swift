// generated from clients/DeleteShareGroupStateRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DeleteShareGroupStateRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in DeleteShareGroupStateRequest.DeleteStateData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteShareGroupStateRequest.DeleteStateData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in DeleteShareGroupStateRequest.PartitionData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteShareGroupStateRequest.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
