// generated from clients/AlterReplicaLogDirsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AlterReplicaLogDirsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.dirs = RandomValues.array(using: &generator) { generator in AlterReplicaLogDirsRequest.AlterReplicaLogDir.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDir: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.path = RandomValues.string(using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
