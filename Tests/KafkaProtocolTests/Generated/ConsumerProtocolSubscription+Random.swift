// generated from clients/ConsumerProtocolSubscription.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConsumerProtocolSubscription: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topics = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if Bool.random(using: &generator) {
            value.userData = nil
        } else {
            value.userData = RandomValues.bytes(using: &generator)
        }
        if version >= 1 {
            value.ownedPartitions = RandomValues.array(using: &generator) { generator in ConsumerProtocolSubscription.TopicPartition.random(version: version, using: &generator) }
        }
        if version >= 2 {
            value.generationId = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.rackId = nil
            } else {
                value.rackId = RandomValues.string(using: &generator)
            }
        }
        return value
    }
}

extension ConsumerProtocolSubscription.TopicPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        return value
    }
}
