// generated from clients/AlterConfigsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AlterConfigsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resources = RandomValues.array(using: &generator) { generator in AlterConfigsRequest.AlterConfigsResource.random(version: version, using: &generator) }
        value.validateOnly = Bool.random(using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterConfigsRequest.AlterConfigsResource: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        value.configs = RandomValues.array(using: &generator) { generator in AlterConfigsRequest.AlterableConfig.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterConfigsRequest.AlterableConfig: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.value = nil
        } else {
            value.value = RandomValues.string(using: &generator)
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
