// generated from clients/ListPartitionReassignmentsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListPartitionReassignmentsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.topics = nil
        } else {
            value.topics = RandomValues.array(using: &generator) { generator in ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.random(version: version, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitionIndexes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
