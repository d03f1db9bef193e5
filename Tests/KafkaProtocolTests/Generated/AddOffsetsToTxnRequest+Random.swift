// generated from clients/AddOffsetsToTxnRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AddOffsetsToTxnRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalId = RandomValues.string(using: &generator)
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        value.groupId = RandomValues.string(using: &generator)
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
