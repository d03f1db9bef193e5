// generated from clients/InitProducerIdRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension InitProducerIdRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.transactionalId = nil
        } else {
            value.transactionalId = RandomValues.string(using: &generator)
        }
        value.transactionTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 3 {
            value.producerId = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 {
            value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
