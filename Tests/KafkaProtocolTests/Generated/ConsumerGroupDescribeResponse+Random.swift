// generated from clients/ConsumerGroupDescribeResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConsumerGroupDescribeResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.groups = RandomValues.array(using: &generator) { generator in ConsumerGroupDescribeResponse.DescribedGroup.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupDescribeResponse.DescribedGroup: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.groupId = RandomValues.string(using: &generator)
        value.groupState = RandomValues.string(using: &generator)
        value.groupEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.assignmentEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.assignorName = RandomValues.string(using: &generator)
        value.members = RandomValues.array(using: &generator) { generator in ConsumerGroupDescribeResponse.Member.random(version: version, using: &generator) }
        value.authorizedOperations = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupDescribeResponse.Member: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
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
        value.memberEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.clientId = RandomValues.string(using: &generator)
        value.clientHost = RandomValues.string(using: &generator)
        value.subscribedTopicNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if Bool.random(using: &generator) {
            value.subscribedTopicRegex = nil
        } else {
            value.subscribedTopicRegex = RandomValues.string(using: &generator)
        }
        value.assignment = ConsumerGroupDescribeResponse.Assignment.random(version: version, using: &generator)
        value.targetAssignment = ConsumerGroupDescribeResponse.Assignment.random(version: version, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupDescribeResponse.TopicPartitions: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.topicName = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupDescribeResponse.Assignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicPartitions = RandomValues.array(using: &generator) { generator in ConsumerGroupDescribeResponse.TopicPartitions.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
