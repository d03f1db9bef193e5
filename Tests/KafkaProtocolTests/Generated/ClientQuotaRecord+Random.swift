// generated from metadata/ClientQuotaRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ClientQuotaRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.entity = RandomValues.array(using: &generator) { generator in ClientQuotaRecord.EntityData.random(version: version, using: &generator) }
        value.key = RandomValues.string(using: &generator)
        value.value = Double.random(in: -1e9...1e9, using: &generator)
        value.remove = Bool.random(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ClientQuotaRecord.EntityData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.entityType = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.entityName = nil
        } else {
            value.entityName = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
