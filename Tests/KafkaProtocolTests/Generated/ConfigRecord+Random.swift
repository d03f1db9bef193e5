// generated from metadata/ConfigRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConfigRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.value = nil
        } else {
            value.value = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
