// generated from clients/FindCoordinatorRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension FindCoordinatorRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 3 {
            value.key = RandomValues.string(using: &generator)
        }
        if version >= 1 {
            value.keyType = Int8.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 {
            value.coordinatorKeys = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
