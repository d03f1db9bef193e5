// generated from group-coordinator/ConsumerGroupTargetAssignmentMemberValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConsumerGroupTargetAssignmentMemberValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicPartitions = RandomValues.array(using: &generator) { generator in ConsumerGroupTargetAssignmentMemberValue.TopicPartition.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupTargetAssignmentMemberValue.TopicPartition: RandomizableStruct {
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
