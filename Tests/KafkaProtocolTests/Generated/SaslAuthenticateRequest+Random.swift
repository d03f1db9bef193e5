// generated from clients/SaslAuthenticateRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension SaslAuthenticateRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.authBytes = RandomValues.bytes(using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
