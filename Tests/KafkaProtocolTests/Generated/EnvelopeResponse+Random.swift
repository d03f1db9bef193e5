// generated from clients/EnvelopeResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension EnvelopeResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.responseData = nil
        } else {
            value.responseData = RandomValues.bytes(using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
