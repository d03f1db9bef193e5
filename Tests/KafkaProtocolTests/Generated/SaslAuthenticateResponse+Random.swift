// generated from clients/SaslAuthenticateResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension SaslAuthenticateResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.authBytes = RandomValues.bytes(using: &generator)
        if version >= 1 {
            value.sessionLifetimeMs = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
