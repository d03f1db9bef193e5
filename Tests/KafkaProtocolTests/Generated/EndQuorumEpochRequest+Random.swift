// generated from clients/EndQuorumEpochRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension EndQuorumEpochRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.clusterId = nil
        } else {
            value.clusterId = RandomValues.string(using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in EndQuorumEpochRequest.TopicData.random(version: version, using: &generator) }
        if version >= 1 {
            value.leaderEndpoints = RandomValues.array(using: &generator) { generator in EndQuorumEpochRequest.LeaderEndpoint.random(version: version, using: &generator) }
        }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension EndQuorumEpochRequest.TopicData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in EndQuorumEpochRequest.PartitionData.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension EndQuorumEpochRequest.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        if version <= 0 {
            value.preferredSuccessors = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if version >= 1 {
            value.preferredCandidates = RandomValues.array(using: &generator) { generator in EndQuorumEpochRequest.ReplicaInfo.random(version: version, using: &generator) }
        }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension EndQuorumEpochRequest.ReplicaInfo: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.candidateId = Int32.random(in: .min ... .max, using: &generator)
        value.candidateDirectoryId = RandomValues.uuid(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension EndQuorumEpochRequest.LeaderEndpoint: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = UInt16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
