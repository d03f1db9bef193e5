// generated from clients/IncrementalAlterConfigsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension IncrementalAlterConfigsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resources = RandomValues.array(using: &generator) { generator in IncrementalAlterConfigsRequest.AlterConfigsResource.random(version: version, using: &generator) }
        value.validateOnly = Bool.random(using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension IncrementalAlterConfigsRequest.AlterConfigsResource: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        value.configs = RandomValues.array(using: &generator) { generator in IncrementalAlterConfigsRequest.AlterableConfig.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension IncrementalAlterConfigsRequest.AlterableConfig: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.configOperation = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.value = nil
        } else {
            value.value = RandomValues.string(using: &generator)
        }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
