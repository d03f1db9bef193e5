// generated from clients/MetadataRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension MetadataRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 && Bool.random(using: &generator) {
            value.topics = nil
        } else {
            value.topics = RandomValues.array(using: &generator) { generator in MetadataRequest.MetadataRequestTopic.random(version: version, using: &generator) }
        }
        if version >= 4 {
            value.allowAutoTopicCreation = Bool.random(using: &generator)
        }
        if version >= 8 && version <= 10 {
            value.includeClusterAuthorizedOperations = Bool.random(using: &generator)
        }
        if version >= 8 {
            value.includeTopicAuthorizedOperations = Bool.random(using: &generator)
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension MetadataRequest.MetadataRequestTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 10 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        if version >= 10 && Bool.random(using: &generator) {
            value.name = nil
        } else {
            value.name = RandomValues.string(using: &generator)
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
