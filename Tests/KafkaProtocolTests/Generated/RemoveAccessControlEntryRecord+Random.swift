// generated from metadata/RemoveAccessControlEntryRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RemoveAccessControlEntryRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.id = RandomValues.uuid(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
