// generated from clients/DescribeQuorumResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeQuorumResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            if Bool.random(using: &generator) {
                value.errorMessage = nil
            } else {
                value.errorMessage = RandomValues.string(using: &generator)
            }
        }
        value.topics = RandomValues.array(using: &generator) { generator in DescribeQuorumResponse.TopicData.random(version: version, using: &generator) }
        if version >= 2 {
            value.nodes = RandomValues.array(using: &generator) { generator in DescribeQuorumResponse.Node.random(version: version, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeQuorumResponse.TopicData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in DescribeQuorumResponse.PartitionData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeQuorumResponse.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            if Bool.random(using: &generator) {
                value.errorMessage = nil
            } else {
                value.errorMessage = RandomValues.string(using: &generator)
            }
        }
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.highWatermark = Int64.random(in: .min ... .max, using: &generator)
        value.currentVoters = RandomValues.array(using: &generator) { generator in DescribeQuorumResponse.ReplicaState.random(version: version, using: &generator) }
        value.observers = RandomValues.array(using: &generator) { generator in DescribeQuorumResponse.ReplicaState.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeQuorumResponse.Node: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        value.listeners = RandomValues.array(using: &generator) { generator in DescribeQuorumResponse.Listener.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeQuorumResponse.Listener: RandomizableStruct {
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

extension DescribeQuorumResponse.ReplicaState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.replicaId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            value.replicaDirectoryId = RandomValues.uuid(using: &generator)
        }
        value.logEndOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.lastFetchTimestamp = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 {
            value.lastCaughtUpTimestamp = Int64.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
