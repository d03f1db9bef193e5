// generated from clients/EnvelopeRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension EnvelopeRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.requestData = RandomValues.bytes(using: &generator)
        if Bool.random(using: &generator) {
            value.requestPrincipal = nil
        } else {
            value.requestPrincipal = RandomValues.bytes(using: &generator)
        }
        value.clientHostAddress = RandomValues.bytes(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
