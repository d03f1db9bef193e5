// generated from clients/UpdateMetadataResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension UpdateMetadataResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
