// generated from clients/CreateDelegationTokenRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension CreateDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.ownerPrincipalType = nil
            } else {
                value.ownerPrincipalType = RandomValues.string(using: &generator)
            }
        }
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.ownerPrincipalName = nil
            } else {
                value.ownerPrincipalName = RandomValues.string(using: &generator)
            }
        }
        value.renewers = RandomValues.array(using: &generator) { generator in CreateDelegationTokenRequest.CreatableRenewers.random(version: version, using: &generator) }
        value.maxLifetimeMs = Int64.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension CreateDelegationTokenRequest.CreatableRenewers: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.principalType = RandomValues.string(using: &generator)
        value.principalName = RandomValues.string(using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
