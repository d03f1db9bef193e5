// generated from clients/AlterClientQuotasResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AlterClientQuotasResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.entries = RandomValues.array(using: &generator) { generator in AlterClientQuotasResponse.EntryData.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterClientQuotasResponse.EntryData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.entity = RandomValues.array(using: &generator) { generator in AlterClientQuotasResponse.EntityData.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterClientQuotasResponse.EntityData: RandomizableStruct {
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
