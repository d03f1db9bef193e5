// generated from clients/DescribeConfigsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeConfigsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resources = RandomValues.array(using: &generator) { generator in DescribeConfigsRequest.DescribeConfigsResource.random(version: version, using: &generator) }
        if version >= 1 {
            value.includeSynonyms = Bool.random(using: &generator)
        }
        if version >= 3 {
            value.includeDocumentation = Bool.random(using: &generator)
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeConfigsRequest.DescribeConfigsResource: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.configurationKeys = nil
        } else {
            value.configurationKeys = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
