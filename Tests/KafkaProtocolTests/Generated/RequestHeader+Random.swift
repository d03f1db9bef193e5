// generated from clients/RequestHeader.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RequestHeader: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.requestApiKey = Int16.random(in: .min ... .max, using: &generator)
        value.requestApiVersion = Int16.random(in: .min ... .max, using: &generator)
        value.correlationId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            if Bool.random(using: &generator) {
                value.clientId = nil
            } else {
                value.clientId = RandomValues.string(using: &generator)
            }
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
