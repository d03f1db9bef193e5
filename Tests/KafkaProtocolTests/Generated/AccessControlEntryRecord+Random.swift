// generated from metadata/AccessControlEntryRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AccessControlEntryRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.id = RandomValues.uuid(using: &generator)
        value.resourceType = Int8.random(in: .min ... .max, using: &generator)
        value.resourceName = RandomValues.string(using: &generator)
        value.patternType = Int8.random(in: .min ... .max, using: &generator)
        value.principal = RandomValues.string(using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.operation = Int8.random(in: .min ... .max, using: &generator)
        value.permissionType = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
