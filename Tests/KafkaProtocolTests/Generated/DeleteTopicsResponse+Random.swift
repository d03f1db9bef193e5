// generated from clients/DeleteTopicsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DeleteTopicsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.responses = RandomValues.array(using: &generator) { generator in DeleteTopicsResponse.DeletableTopicResult.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteTopicsResponse.DeletableTopicResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 6 && Bool.random(using: &generator) {
            value.name = nil
        } else {
            value.name = RandomValues.string(using: &generator)
        }
        if version >= 6 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 5 {
            if Bool.random(using: &generator) {
                value.errorMessage = nil
            } else {
                value.errorMessage = RandomValues.string(using: &generator)
            }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
