// generated from metadata/BeginTransactionRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension BeginTransactionRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.name = nil
        } else {
            value.name = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
