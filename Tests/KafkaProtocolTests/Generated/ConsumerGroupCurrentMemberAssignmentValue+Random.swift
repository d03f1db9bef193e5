// generated from group-coordinator/ConsumerGroupCurrentMemberAssignmentValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConsumerGroupCurrentMemberAssignmentValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.previousMemberEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.state = Int8.random(in: .min ... .max, using: &generator)
        value.assignedPartitions = RandomValues.array(using: &generator) { generator in ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.random(version: version, using: &generator) }
        value.partitionsPendingRevocation = RandomValues.array(using: &generator) { generator in ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions: RandomizableStruct {
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
