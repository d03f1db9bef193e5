// generated from clients/DescribeAclsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeAclsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.resources = RandomValues.array(using: &generator) { generator in DescribeAclsResponse.DescribeAclsResource.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeAclsResponse.DescribeAclsResource: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        if version >= 1 {
            value.patternType = Int8.random(in: .min ... .max, using: &generator)
        }
        value.acls = RandomValues.array(using: &generator) { generator in DescribeAclsResponse.AclDescription.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeAclsResponse.AclDescription: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
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
