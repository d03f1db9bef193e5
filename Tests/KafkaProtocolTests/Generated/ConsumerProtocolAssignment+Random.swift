// generated from clients/ConsumerProtocolAssignment.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConsumerProtocolAssignment: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.assignedPartitions = RandomValues.array(using: &generator) { generator in ConsumerProtocolAssignment.TopicPartition.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.userData = nil
        } else {
            value.userData = RandomValues.bytes(using: &generator)
        }
        return value
    }
}

extension ConsumerProtocolAssignment.TopicPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        return value
    }
}
