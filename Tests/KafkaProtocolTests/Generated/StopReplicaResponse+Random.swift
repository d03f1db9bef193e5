// generated from clients/StopReplicaResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension StopReplicaResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.partitionErrors = RandomValues.array(using: &generator) { generator in StopReplicaResponse.StopReplicaPartitionError.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension StopReplicaResponse.StopReplicaPartitionError: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
