// generated from clients/AlterUserScramCredentialsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AlterUserScramCredentialsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.deletions = RandomValues.array(using: &generator) { generator in AlterUserScramCredentialsRequest.ScramCredentialDeletion.random(version: version, using: &generator) }
        value.upsertions = RandomValues.array(using: &generator) { generator in AlterUserScramCredentialsRequest.ScramCredentialUpsertion.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialDeletion: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.mechanism = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialUpsertion: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.mechanism = Int8.random(in: .min ... .max, using: &generator)
        value.iterations = Int32.random(in: .min ... .max, using: &generator)
        value.salt = RandomValues.bytes(using: &generator)
        value.saltedPassword = RandomValues.bytes(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
