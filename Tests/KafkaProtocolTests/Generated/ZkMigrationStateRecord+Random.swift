// generated from metadata/ZkMigrationRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ZkMigrationStateRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.zkMigrationState = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
