// generated from clients/CreatePartitionsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension CreatePartitionsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topics = RandomValues.array(using: &generator) { generator in CreatePartitionsRequest.CreatePartitionsTopic.random(version: version, using: &generator) }
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        value.validateOnly = Bool.random(using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreatePartitionsRequest.CreatePartitionsTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.count = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.assignments = nil
        } else {
            value.assignments = RandomValues.array(using: &generator) { generator in CreatePartitionsRequest.CreatePartitionsAssignment.random(version: version, using: &generator) }
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreatePartitionsRequest.CreatePartitionsAssignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerIds = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
