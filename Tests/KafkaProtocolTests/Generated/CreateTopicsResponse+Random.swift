// generated from clients/CreateTopicsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension CreateTopicsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in CreateTopicsResponse.CreatableTopicResult.random(version: version, using: &generator) }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateTopicsResponse.CreatableTopicResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if version >= 7 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            if Bool.random(using: &generator) {
                value.errorMessage = nil
            } else {
                value.errorMessage = RandomValues.string(using: &generator)
            }
        }
        if version >= 5 {
            value.topicConfigErrorCode = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            value.numPartitions = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            value.replicationFactor = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            if Bool.random(using: &generator) {
                value.configs = nil
            } else {
                value.configs = RandomValues.array(using: &generator) { generator in CreateTopicsResponse.CreatableTopicConfigs.random(version: version, using: &generator) }
            }
        }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateTopicsResponse.CreatableTopicConfigs: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.value = nil
        } else {
            value.value = RandomValues.string(using: &generator)
        }
        value.readOnly = Bool.random(using: &generator)
        value.configSource = Int8.random(in: .min ... .max, using: &generator)
        value.isSensitive = Bool.random(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
