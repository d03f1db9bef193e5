// generated from clients/SaslHandshakeRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension SaslHandshakeRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.mechanism = RandomValues.string(using: &generator)
        return value
    }
}
