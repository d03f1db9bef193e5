// generated from clients/DeleteAclsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DeleteAclsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.filters = RandomValues.array(using: &generator) { generator in DeleteAclsRequest.DeleteAclsFilter.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DeleteAclsRequest.DeleteAclsFilter: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resourceTypeFilter = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.resourceNameFilter = nil
        } else {
            value.resourceNameFilter = RandomValues.string(using: &generator)
        }
        if version >= 1 {
            value.patternTypeFilter = Int8.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.principalFilter = nil
        } else {
            value.principalFilter = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.hostFilter = nil
        } else {
            value.hostFilter = RandomValues.string(using: &generator)
        }
        value.operation = Int8.random(in: .min ... .max, using: &generator)
        value.permissionType = Int8.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
