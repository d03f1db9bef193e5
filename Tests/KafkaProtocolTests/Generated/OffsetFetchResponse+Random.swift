// generated from clients/OffsetFetchResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetFetchResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 3 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        if version <= 7 {
            value.topics = RandomValues.array(using: &generator) { generator in OffsetFetchResponse.OffsetFetchResponseTopic.random(version: version, using: &generator) }
        }
        if version >= 2 && version <= 7 {
            value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 8 {
            value.groups = RandomValues.array(using: &generator) { generator in OffsetFetchResponse.OffsetFetchResponseGroup.random(version: version, using: &generator) }
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetFetchResponse.OffsetFetchResponsePartition.random(version: version, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.committedOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 5 {
            value.committedLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.metadata = nil
        } else {
            value.metadata = RandomValues.string(using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseGroup: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in OffsetFetchResponse.OffsetFetchResponseTopics.random(version: version, using: &generator) }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopics: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetFetchResponse.OffsetFetchResponsePartitions.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartitions: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.committedOffset = Int64.random(in: .min ... .max, using: &generator)
        value.committedLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.metadata = nil
        } else {
            value.metadata = RandomValues.string(using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
