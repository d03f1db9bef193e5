// generated from clients/DescribeConfigsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeConfigsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.results = RandomValues.array(using: &generator) { generator in DescribeConfigsResponse.DescribeConfigsResult.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        value.configs = RandomValues.array(using: &generator) { generator in DescribeConfigsResponse.DescribeConfigsResourceResult.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsResourceResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.value = nil
        } else {
            value.value = RandomValues.string(using: &generator)
        }
        value.readOnly = Bool.random(using: &generator)
        if version <= 0 {
            value.isDefault = Bool.random(using: &generator)
        }
        if version >= 1 {
            value.configSource = Int8.random(in: .min ... .max, using: &generator)
        }
        value.isSensitive = Bool.random(using: &generator)
        if version >= 1 {
            value.synonyms = RandomValues.array(using: &generator) { generator in DescribeConfigsResponse.DescribeConfigsSynonym.random(version: version, using: &generator) }
        }
        if version >= 3 {
            value.configType = Int8.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.documentation = nil
            } else {
                value.documentation = RandomValues.string(using: &generator)
            }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsSynonym: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.value = nil
        } else {
            value.value = RandomValues.string(using: &generator)
        }
        value.source = Int8.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
