// generated from clients/ConsumerGroupHeartbeatRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConsumerGroupHeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.memberId = RandomValues.string(using: &generator)
        value.memberEpoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.instanceId = nil
        } else {
            value.instanceId = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.rackId = nil
        } else {
            value.rackId = RandomValues.string(using: &generator)
        }
        value.rebalanceTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.subscribedTopicNames = nil
        } else {
            value.subscribedTopicNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        }
        if version >= 1 {
            if Bool.random(using: &generator) {
                value.subscribedTopicRegex = nil
            } else {
                value.subscribedTopicRegex = RandomValues.string(using: &generator)
            }
        }
        if Bool.random(using: &generator) {
            value.serverAssignor = nil
        } else {
            value.serverAssignor = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.topicPartitions = nil
        } else {
            value.topicPartitions = RandomValues.array(using: &generator) { generator in ConsumerGroupHeartbeatRequest.TopicPartitions.random(version: version, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupHeartbeatRequest.TopicPartitions: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
