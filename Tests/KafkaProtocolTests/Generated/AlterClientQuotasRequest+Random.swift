// generated from clients/AlterClientQuotasRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AlterClientQuotasRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.entries = RandomValues.array(using: &generator) { generator in AlterClientQuotasRequest.EntryData.random(version: version, using: &generator) }
        value.validateOnly = Bool.random(using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterClientQuotasRequest.EntryData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.entity = RandomValues.array(using: &generator) { generator in AlterClientQuotasRequest.EntityData.random(version: version, using: &generator) }
        value.ops = RandomValues.array(using: &generator) { generator in AlterClientQuotasRequest.OpData.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterClientQuotasRequest.EntityData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.entityType = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.entityName = nil
        } else {
            value.entityName = RandomValues.string(using: &generator)
        }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterClientQuotasRequest.OpData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.key = RandomValues.string(using: &generator)
        value.value = Double.random(in: -1e9...1e9, using: &generator)
        value.remove = Bool.random(using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
