// generated from clients/SaslHandshakeResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension SaslHandshakeResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.mechanisms = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        return value
    }
}
