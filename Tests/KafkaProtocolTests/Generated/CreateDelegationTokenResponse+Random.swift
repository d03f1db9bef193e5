// generated from clients/CreateDelegationTokenResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension CreateDelegationTokenResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.principalType = RandomValues.string(using: &generator)
        value.principalName = RandomValues.string(using: &generator)
        if version >= 3 {
            value.tokenRequesterPrincipalType = RandomValues.string(using: &generator)
        }
        if version >= 3 {
            value.tokenRequesterPrincipalName = RandomValues.string(using: &generator)
        }
        value.issueTimestampMs = Int64.random(in: .min ... .max, using: &generator)
        value.expiryTimestampMs = Int64.random(in: .min ... .max, using: &generator)
        value.maxTimestampMs = Int64.random(in: .min ... .max, using: &generator)
        value.tokenId = RandomValues.string(using: &generator)
        value.hmac = RandomValues.bytes(using: &generator)
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
