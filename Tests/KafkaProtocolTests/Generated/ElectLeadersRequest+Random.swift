// generated from clients/ElectLeadersRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ElectLeadersRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.electionType = Int8.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.topicPartitions = nil
        } else {
            value.topicPartitions = RandomValues.array(using: &generator) { generator in ElectLeadersRequest.TopicPartitions.random(version: version, using: &generator) }
        }
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ElectLeadersRequest.TopicPartitions: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
