// generated from clients/DefaultPrincipalData.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DefaultPrincipalData: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.type = RandomValues.string(using: &generator)
        value.name = RandomValues.string(using: &generator)
        value.tokenAuthenticated = Bool.random(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
