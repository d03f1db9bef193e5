// generated from clients/OffsetForLeaderEpochRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetForLeaderEpochRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 3 {
            value.replicaId = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in OffsetForLeaderEpochRequest.OffsetForLeaderTopic.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetForLeaderEpochRequest.OffsetForLeaderPartition.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            value.currentLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
