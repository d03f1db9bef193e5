// generated from clients/ProduceResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ProduceResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.responses = RandomValues.array(using: &generator) { generator in ProduceResponse.TopicProduceResponse.random(version: version, using: &generator) }
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 10 {
            value.nodeEndpoints = RandomValues.array(using: &generator) { generator in ProduceResponse.NodeEndpoint.random(version: version, using: &generator) }
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ProduceResponse.TopicProduceResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitionResponses = RandomValues.array(using: &generator) { generator in ProduceResponse.PartitionProduceResponse.random(version: version, using: &generator) }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ProduceResponse.PartitionProduceResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.index = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.baseOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            value.logAppendTimeMs = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            value.logStartOffset = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 8 {
            value.recordErrors = RandomValues.array(using: &generator) { generator in ProduceResponse.BatchIndexAndErrorMessage.random(version: version, using: &generator) }
        }
        if version >= 8 {
            if Bool.random(using: &generator) {
                value.errorMessage = nil
            } else {
                value.errorMessage = RandomValues.string(using: &generator)
            }
        }
        if version >= 10 {
            value.currentLeader = ProduceResponse.LeaderIdAndEpoch.random(version: version, using: &generator)
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ProduceResponse.BatchIndexAndErrorMessage: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.batchIndex = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.batchIndexErrorMessage = nil
        } else {
            value.batchIndexErrorMessage = RandomValues.string(using: &generator)
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ProduceResponse.LeaderIdAndEpoch: RandomizableStruct {
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

extension ProduceResponse.NodeEndpoint: RandomizableStruct {
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
