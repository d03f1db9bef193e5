// generated from metadata/NoOpRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension NoOpRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
