// generated from clients/VoteRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension VoteRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.clusterId = nil
        } else {
            value.clusterId = RandomValues.string(using: &generator)
        }
        if version >= 1 {
            value.voterId = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in VoteRequest.TopicData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VoteRequest.TopicData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in VoteRequest.PartitionData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VoteRequest.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.candidateEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.candidateId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.candidateDirectoryId = RandomValues.uuid(using: &generator)
        }
        if version >= 1 {
            value.voterDirectoryId = RandomValues.uuid(using: &generator)
        }
        value.lastOffsetEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.lastOffset = Int64.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
