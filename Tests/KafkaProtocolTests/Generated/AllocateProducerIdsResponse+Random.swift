// generated from clients/AllocateProducerIdsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AllocateProducerIdsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.producerIdStart = Int64.random(in: .min ... .max, using: &generator)
        value.producerIdLen = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
