// generated from clients/ShareGroupDescribeResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupDescribeResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.groups = RandomValues.array(using: &generator) { generator in ShareGroupDescribeResponse.DescribedGroup.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupDescribeResponse.DescribedGroup: RandomizableStruct {
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
        value.members = RandomValues.array(using: &generator) { generator in ShareGroupDescribeResponse.Member.random(version: version, using: &generator) }
        value.authorizedOperations = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupDescribeResponse.Member: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.rackId = nil
        } else {
            value.rackId = RandomValues.string(using: &generator)
        }
        value.memberEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.clientId = RandomValues.string(using: &generator)
        value.clientHost = RandomValues.string(using: &generator)
        value.subscribedTopicNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        value.assignment = ShareGroupDescribeResponse.Assignment.random(version: version, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupDescribeResponse.TopicPartitions: RandomizableStruct {
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

extension ShareGroupDescribeResponse.Assignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicPartitions = RandomValues.array(using: &generator) { generator in ShareGroupDescribeResponse.TopicPartitions.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
