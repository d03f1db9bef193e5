// generated from clients/OffsetFetchRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetFetchRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 7 {
            value.groupId = RandomValues.string(using: &generator)
        }
        if version <= 7 {
            if version >= 2 && Bool.random(using: &generator) {
                value.topics = nil
            } else {
                value.topics = RandomValues.array(using: &generator) { generator in OffsetFetchRequest.OffsetFetchRequestTopic.random(version: version, using: &generator) }
            }
        }
        if version >= 8 {
            value.groups = RandomValues.array(using: &generator) { generator in OffsetFetchRequest.OffsetFetchRequestGroup.random(version: version, using: &generator) }
        }
        if version >= 7 {
            value.requireStable = Bool.random(using: &generator)
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitionIndexes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestGroup: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        if version >= 9 {
            if Bool.random(using: &generator) {
                value.memberId = nil
            } else {
                value.memberId = RandomValues.string(using: &generator)
            }
        }
        if version >= 9 {
            value.memberEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.topics = nil
        } else {
            value.topics = RandomValues.array(using: &generator) { generator in OffsetFetchRequest.OffsetFetchRequestTopics.random(version: version, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopics: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitionIndexes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
