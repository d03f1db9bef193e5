// generated from clients/RenewDelegationTokenRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RenewDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.hmac = RandomValues.bytes(using: &generator)
        value.renewPeriodMs = Int64.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
