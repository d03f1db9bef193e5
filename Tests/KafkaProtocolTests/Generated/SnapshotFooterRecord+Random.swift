// generated from clients/SnapshotFooterRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension SnapshotFooterRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.version = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
