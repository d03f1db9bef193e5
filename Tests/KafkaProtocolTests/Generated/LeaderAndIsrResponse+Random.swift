// generated from clients/LeaderAndIsrResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension LeaderAndIsrResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version <= 4 {
            value.partitionErrors = RandomValues.array(using: &generator) { generator in LeaderAndIsrResponse.LeaderAndIsrPartitionError.random(version: version, using: &generator) }
        }
        if version >= 5 {
            value.topics = RandomValues.array(using: &generator) { generator in LeaderAndIsrResponse.LeaderAndIsrTopicError.random(version: version, using: &generator) }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaderAndIsrResponse.LeaderAndIsrTopicError: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitionErrors = RandomValues.array(using: &generator) { generator in LeaderAndIsrResponse.LeaderAndIsrPartitionError.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaderAndIsrResponse.LeaderAndIsrPartitionError: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 4 {
            value.topicName = RandomValues.string(using: &generator)
        }
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
