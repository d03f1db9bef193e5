// generated from clients/ListPartitionReassignmentsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListPartitionReassignmentsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in ListPartitionReassignmentsResponse.OngoingTopicReassignment.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListPartitionReassignmentsResponse.OngoingTopicReassignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ListPartitionReassignmentsResponse.OngoingPartitionReassignment.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListPartitionReassignmentsResponse.OngoingPartitionReassignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.replicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        value.addingReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        value.removingReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
