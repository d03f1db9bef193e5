// generated from clients/DescribeClientQuotasResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeClientQuotasResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.entries = nil
        } else {
            value.entries = RandomValues.array(using: &generator) { generator in DescribeClientQuotasResponse.EntryData.random(version: version, using: &generator) }
        }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeClientQuotasResponse.EntryData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.entity = RandomValues.array(using: &generator) { generator in DescribeClientQuotasResponse.EntityData.random(version: version, using: &generator) }
        value.values = RandomValues.array(using: &generator) { generator in DescribeClientQuotasResponse.ValueData.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeClientQuotasResponse.EntityData: RandomizableStruct {
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

extension DescribeClientQuotasResponse.ValueData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.key = RandomValues.string(using: &generator)
        value.value = Double.random(in: -1e9...1e9, using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
