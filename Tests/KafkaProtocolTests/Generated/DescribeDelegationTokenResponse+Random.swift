// generated from clients/DescribeDelegationTokenResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeDelegationTokenResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.tokens = RandomValues.array(using: &generator) { generator in DescribeDelegationTokenResponse.DescribedDelegationToken.random(version: version, using: &generator) }
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationToken: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.principalType = RandomValues.string(using: &generator)
        value.principalName = RandomValues.string(using: &generator)
        if version >= 3 {
            value.tokenRequesterPrincipalType = RandomValues.string(using: &generator)
        }
        if version >= 3 {
            value.tokenRequesterPrincipalName = RandomValues.string(using: &generator)
        }
        value.issueTimestamp = Int64.random(in: .min ... .max, using: &generator)
        value.expiryTimestamp = Int64.random(in: .min ... .max, using: &generator)
        value.maxTimestamp = Int64.random(in: .min ... .max, using: &generator)
        value.tokenId = RandomValues.string(using: &generator)
        value.hmac = RandomValues.bytes(using: &generator)
        value.renewers = RandomValues.array(using: &generator) { generator in DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer: RandomizableStruct {
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
