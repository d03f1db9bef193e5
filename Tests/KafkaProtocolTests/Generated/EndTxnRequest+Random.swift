// generated from clients/EndTxnRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension EndTxnRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalId = RandomValues.string(using: &generator)
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        value.committed = Bool.random(using: &generator)
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
