// generated from clients/CreateAclsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension CreateAclsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.creations = RandomValues.array(using: &generator) { generator in CreateAclsRequest.AclCreation.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateAclsRequest.AclCreation: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        if version >= 1 {
            value.resourcePatternType = Int8.random(in: .min ... .max, using: &generator)
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
