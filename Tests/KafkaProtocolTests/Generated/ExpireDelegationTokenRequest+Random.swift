// generated from clients/ExpireDelegationTokenRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ExpireDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.hmac = RandomValues.bytes(using: &generator)
        value.expiryTimePeriodMs = Int64.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
