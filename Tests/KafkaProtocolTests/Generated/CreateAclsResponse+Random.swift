// generated from clients/CreateAclsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension CreateAclsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.results = RandomValues.array(using: &generator) { generator in CreateAclsResponse.AclCreationResult.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateAclsResponse.AclCreationResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
