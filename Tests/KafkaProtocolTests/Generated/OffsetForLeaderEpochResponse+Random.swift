// generated from clients/OffsetForLeaderEpochResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetForLeaderEpochResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetForLeaderEpochResponse.EpochEndOffset.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetForLeaderEpochResponse.EpochEndOffset: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        value.endOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
