// generated from clients/ResponseHeader.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ResponseHeader: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.correlationId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
