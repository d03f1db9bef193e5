// generated from clients/EndTxnResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension EndTxnResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 5 {
            value.producerId = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
