// generated from clients/DescribeClientQuotasRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeClientQuotasRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.components = RandomValues.array(using: &generator) { generator in DescribeClientQuotasRequest.ComponentData.random(version: version, using: &generator) }
        value.strict = Bool.random(using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeClientQuotasRequest.ComponentData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.entityType = RandomValues.string(using: &generator)
        value.matchType = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.match = nil
        } else {
            value.match = RandomValues.string(using: &generator)
        }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
