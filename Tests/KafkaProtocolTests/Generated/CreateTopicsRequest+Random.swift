// generated from clients/CreateTopicsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension CreateTopicsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topics = RandomValues.array(using: &generator) { generator in CreateTopicsRequest.CreatableTopic.random(version: version, using: &generator) }
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.validateOnly = Bool.random(using: &generator)
        }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateTopicsRequest.CreatableTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.numPartitions = Int32.random(in: .min ... .max, using: &generator)
        value.replicationFactor = Int16.random(in: .min ... .max, using: &generator)
        value.assignments = RandomValues.array(using: &generator) { generator in CreateTopicsRequest.CreatableReplicaAssignment.random(version: version, using: &generator) }
        value.configs = RandomValues.array(using: &generator) { generator in CreateTopicsRequest.CreatableTopicConfig.random(version: version, using: &generator) }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateTopicsRequest.CreatableReplicaAssignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.brokerIds = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateTopicsRequest.CreatableTopicConfig: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.value = nil
        } else {
            value.value = RandomValues.string(using: &generator)
        }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
