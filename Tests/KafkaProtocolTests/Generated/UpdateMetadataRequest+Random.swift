// generated from clients/UpdateMetadataRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension UpdateMetadataRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.controllerId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 8 {
            value.isKRaftController = Bool.random(using: &generator)
        }
        if version >= 8 {
            value.type = Int8.random(in: .min ... .max, using: &generator)
        }
        value.controllerEpoch = Int32.random(in: .min ... .max, using: &generator)
        if version >= 5 {
            value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        }
        if version <= 4 {
            value.ungroupedPartitionStates = RandomValues.array(using: &generator) { generator in UpdateMetadataRequest.UpdateMetadataPartitionState.random(version: version, using: &generator) }
        }
        if version >= 5 {
            value.topicStates = RandomValues.array(using: &generator) { generator in UpdateMetadataRequest.UpdateMetadataTopicState.random(version: version, using: &generator) }
        }
        value.liveBrokers = RandomValues.array(using: &generator) { generator in UpdateMetadataRequest.UpdateMetadataBroker.random(version: version, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataTopicState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        if version >= 7 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.partitionStates = RandomValues.array(using: &generator) { generator in UpdateMetadataRequest.UpdateMetadataPartitionState.random(version: version, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataBroker: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.id = Int32.random(in: .min ... .max, using: &generator)
        if version <= 0 {
            value.v0Host = RandomValues.string(using: &generator)
        }
        if version <= 0 {
            value.v0Port = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 {
            value.endpoints = RandomValues.array(using: &generator) { generator in UpdateMetadataRequest.UpdateMetadataEndpoint.random(version: version, using: &generator) }
        }
        if version >= 2 {
            if Bool.random(using: &generator) {
                value.rack = nil
            } else {
                value.rack = RandomValues.string(using: &generator)
            }
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataEndpoint: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.port = Int32.random(in: .min ... .max, using: &generator)
        value.host = RandomValues.string(using: &generator)
        if version >= 3 {
            value.listener = RandomValues.string(using: &generator)
        }
        value.securityProtocol = Int16.random(in: .min ... .max, using: &generator)
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataPartitionState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 4 {
            value.topicName = RandomValues.string(using: &generator)
        }
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.controllerEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.leader = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.isr = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        value.zkVersion = Int32.random(in: .min ... .max, using: &generator)
        value.replicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 4 {
            value.offlineReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
