// generated from metadata/AbortTransactionRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AbortTransactionRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.reason = nil
        } else {
            value.reason = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
