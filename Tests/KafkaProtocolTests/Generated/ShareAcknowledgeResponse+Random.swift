// generated from clients/ShareAcknowledgeResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareAcknowledgeResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.responses = RandomValues.array(using: &generator) { generator in ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.random(version: version, using: &generator) }
        value.nodeEndpoints = RandomValues.array(using: &generator) { generator in ShareAcknowledgeResponse.NodeEndpoint.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ShareAcknowledgeResponse.PartitionData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareAcknowledgeResponse.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.currentLeader = ShareAcknowledgeResponse.LeaderIdAndEpoch.random(version: version, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareAcknowledgeResponse.LeaderIdAndEpoch: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareAcknowledgeResponse.NodeEndpoint: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.rack = nil
        } else {
            value.rack = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
