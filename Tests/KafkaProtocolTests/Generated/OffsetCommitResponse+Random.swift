// generated from clients/OffsetCommitResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetCommitResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 3 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in OffsetCommitResponse.OffsetCommitResponseTopic.random(version: version, using: &generator) }
        if version >= 8 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetCommitResponse.OffsetCommitResponseTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetCommitResponse.OffsetCommitResponsePartition.random(version: version, using: &generator) }
        if version >= 8 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetCommitResponse.OffsetCommitResponsePartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 8 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
