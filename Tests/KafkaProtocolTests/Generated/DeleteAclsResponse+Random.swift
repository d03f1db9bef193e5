// generated from clients/DeleteAclsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DeleteAclsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.filterResults = RandomValues.array(using: &generator) { generator in DeleteAclsResponse.DeleteAclsFilterResult.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteAclsResponse.DeleteAclsFilterResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.matchingAcls = RandomValues.array(using: &generator) { generator in DeleteAclsResponse.DeleteAclsMatchingAcl.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteAclsResponse.DeleteAclsMatchingAcl: RandomizableStruct {
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
        if version >= 1 {
            value.patternType = Int8.random(in: .min ... .max, using: &generator)
        }
        value.principal = RandomValues.string(using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.operation = Int8.random(in: .min ... .max, using: &generator)
        value.permissionType = Int8.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
