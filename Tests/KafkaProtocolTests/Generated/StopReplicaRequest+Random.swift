// generated from clients/StopReplicaRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension StopReplicaRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.controllerId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 4 {
            value.isKRaftController = Bool.random(using: &generator)
        }
        value.controllerEpoch = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        }
        if version <= 2 {
            value.deletePartitions = Bool.random(using: &generator)
        }
        if version <= 0 {
            value.ungroupedPartitions = RandomValues.array(using: &generator) { generator in StopReplicaRequest.StopReplicaPartitionV0.random(version: version, using: &generator) }
        }
        if version >= 1 && version <= 2 {
            value.topics = RandomValues.array(using: &generator) { generator in StopReplicaRequest.StopReplicaTopicV1.random(version: version, using: &generator) }
        }
        if version >= 3 {
            value.topicStates = RandomValues.array(using: &generator) { generator in StopReplicaRequest.StopReplicaTopicState.random(version: version, using: &generator) }
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension StopReplicaRequest.StopReplicaPartitionV0: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        return value
    }
}

extension StopReplicaRequest.StopReplicaTopicV1: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitionIndexes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension StopReplicaRequest.StopReplicaTopicState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitionStates = RandomValues.array(using: &generator) { generator in StopReplicaRequest.StopReplicaPartitionState.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension StopReplicaRequest.StopReplicaPartitionState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.deletePartition = Bool.random(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
