// generated from clients/LeaderAndIsrRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension LeaderAndIsrRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.controllerId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 7 {
            value.isKRaftController = Bool.random(using: &generator)
        }
        value.controllerEpoch = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            value.type = Int8.random(in: .min ... .max, using: &generator)
        }
        if version <= 1 {
            value.ungroupedPartitionStates = RandomValues.array(using: &generator) { generator in LeaderAndIsrRequest.LeaderAndIsrPartitionState.random(version: version, using: &generator) }
        }
        if version >= 2 {
            value.topicStates = RandomValues.array(using: &generator) { generator in LeaderAndIsrRequest.LeaderAndIsrTopicState.random(version: version, using: &generator) }
        }
        value.liveLeaders = RandomValues.array(using: &generator) { generator in LeaderAndIsrRequest.LeaderAndIsrLiveLeader.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrTopicState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        if version >= 5 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.partitionStates = RandomValues.array(using: &generator) { generator in LeaderAndIsrRequest.LeaderAndIsrPartitionState.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrLiveLeader: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
        value.hostName = RandomValues.string(using: &generator)
        value.port = Int32.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrPartitionState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 1 {
            value.topicName = RandomValues.string(using: &generator)
        }
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.controllerEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.leader = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.isr = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        value.partitionEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.replicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 3 {
            value.addingReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if version >= 3 {
            value.removingReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if version >= 1 {
            value.isNew = Bool.random(using: &generator)
        }
        if version >= 6 {
            value.leaderRecoveryState = Int8.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
