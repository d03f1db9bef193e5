// generated from clients/OffsetCommitRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetCommitRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        if version >= 1 {
            value.generationIdOrMemberEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 {
            value.memberId = RandomValues.string(using: &generator)
        }
        if version >= 7 {
            if Bool.random(using: &generator) {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = RandomValues.string(using: &generator)
            }
        }
        if version >= 2 && version <= 4 {
            value.retentionTimeMs = Int64.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in OffsetCommitRequest.OffsetCommitRequestTopic.random(version: version, using: &generator) }
        if version >= 8 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetCommitRequest.OffsetCommitRequestTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetCommitRequest.OffsetCommitRequestPartition.random(version: version, using: &generator) }
        if version >= 8 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension OffsetCommitRequest.OffsetCommitRequestPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.committedOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 6 {
            value.committedLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 && version <= 1 {
            value.commitTimestamp = Int64.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.committedMetadata = nil
        } else {
            value.committedMetadata = RandomValues.string(using: &generator)
        }
        if version >= 8 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
