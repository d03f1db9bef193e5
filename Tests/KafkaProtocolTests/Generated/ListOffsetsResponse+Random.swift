// generated from clients/ListOffsetsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListOffsetsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in ListOffsetsResponse.ListOffsetsTopicResponse.random(version: version, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListOffsetsResponse.ListOffsetsTopicResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ListOffsetsResponse.ListOffsetsPartitionResponse.random(version: version, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListOffsetsResponse.ListOffsetsPartitionResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version <= 0 {
            value.oldStyleOffsets = RandomValues.array(using: &generator) { generator in Int64.random(in: .min ... .max, using: &generator) }
        }
        if version >= 1 {
            value.timestamp = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 {
            value.offset = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 {
            value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
