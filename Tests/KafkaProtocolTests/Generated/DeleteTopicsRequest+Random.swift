// generated from clients/DeleteTopicsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DeleteTopicsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 6 {
            value.topics = RandomValues.array(using: &generator) { generator in DeleteTopicsRequest.DeleteTopicState.random(version: version, using: &generator) }
        }
        if version <= 5 {
            value.topicNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        }
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteTopicsRequest.DeleteTopicState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.name = nil
        } else {
            value.name = RandomValues.string(using: &generator)
        }
        value.topicId = RandomValues.uuid(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
