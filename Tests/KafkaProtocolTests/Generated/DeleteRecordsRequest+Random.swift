// generated from clients/DeleteRecordsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DeleteRecordsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topics = RandomValues.array(using: &generator) { generator in DeleteRecordsRequest.DeleteRecordsTopic.random(version: version, using: &generator) }
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteRecordsRequest.DeleteRecordsTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in DeleteRecordsRequest.DeleteRecordsPartition.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteRecordsRequest.DeleteRecordsPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.offset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
