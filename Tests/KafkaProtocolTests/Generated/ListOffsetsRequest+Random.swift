// generated from clients/ListOffsetsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListOffsetsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.replicaId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            value.isolationLevel = Int8.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in ListOffsetsRequest.ListOffsetsTopic.random(version: version, using: &generator) }
        if version >= 10 {
            value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListOffsetsRequest.ListOffsetsTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ListOffsetsRequest.ListOffsetsPartition.random(version: version, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListOffsetsRequest.ListOffsetsPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        if version >= 4 {
            value.currentLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        value.timestamp = Int64.random(in: .min ... .max, using: &generator)
        if version <= 0 {
            value.maxNumOffsets = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
