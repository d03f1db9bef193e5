// generated from clients/DescribeTopicPartitionsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeTopicPartitionsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.nextCursor = nil
        } else {
            value.nextCursor = DescribeTopicPartitionsResponse.Cursor.random(version: version, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.name = nil
        } else {
            value.name = RandomValues.string(using: &generator)
        }
        value.topicId = RandomValues.uuid(using: &generator)
        value.isInternal = Bool.random(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.random(version: version, using: &generator) }
        value.topicAuthorizedOperations = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.replicaNodes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        value.isrNodes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.eligibleLeaderReplicas = nil
        } else {
            value.eligibleLeaderReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.lastKnownElr = nil
        } else {
            value.lastKnownElr = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        value.offlineReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeTopicPartitionsResponse.Cursor: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
