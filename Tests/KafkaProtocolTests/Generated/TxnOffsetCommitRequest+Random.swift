// generated from clients/TxnOffsetCommitRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension TxnOffsetCommitRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalId = RandomValues.string(using: &generator)
        value.groupId = RandomValues.string(using: &generator)
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        if version >= 3 {
            value.generationId = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 {
            value.memberId = RandomValues.string(using: &generator)
        }
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = RandomValues.string(using: &generator)
            }
        }
        value.topics = RandomValues.array(using: &generator) { generator in TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.random(version: version, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.random(version: version, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.committedOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            value.committedLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.committedMetadata = nil
        } else {
            value.committedMetadata = RandomValues.string(using: &generator)
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
