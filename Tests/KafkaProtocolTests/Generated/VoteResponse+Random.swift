// generated from clients/VoteResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension VoteResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in VoteResponse.TopicData.random(version: version, using: &generator) }
        if version >= 1 {
            value.nodeEndpoints = RandomValues.array(using: &generator) { generator in VoteResponse.NodeEndpoint.random(version: version, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VoteResponse.TopicData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in VoteResponse.PartitionData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VoteResponse.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.voteGranted = Bool.random(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VoteResponse.NodeEndpoint: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = UInt16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
