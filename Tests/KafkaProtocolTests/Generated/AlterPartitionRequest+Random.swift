// generated from clients/AlterPartitionRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AlterPartitionRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
        value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in AlterPartitionRequest.TopicData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterPartitionRequest.TopicData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 1 {
            value.topicName = RandomValues.string(using: &generator)
        }
        if version >= 2 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.partitions = RandomValues.array(using: &generator) { generator in AlterPartitionRequest.PartitionData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterPartitionRequest.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        if version <= 2 {
            value.newIsr = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if version >= 3 {
            value.newIsrWithEpochs = RandomValues.array(using: &generator) { generator in AlterPartitionRequest.BrokerState.random(version: version, using: &generator) }
        }
        if version >= 1 {
            value.leaderRecoveryState = Int8.random(in: .min ... .max, using: &generator)
        }
        value.partitionEpoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterPartitionRequest.BrokerState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
        value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
