// generated from clients/RenewDelegationTokenResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RenewDelegationTokenResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.expiryTimestampMs = Int64.random(in: .min ... .max, using: &generator)
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
