// generated from clients/ControlledShutdownResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ControlledShutdownResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.remainingPartitions = RandomValues.array(using: &generator) { generator in ControlledShutdownResponse.RemainingPartition.random(version: version, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ControlledShutdownResponse.RemainingPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicName = RandomValues.string(using: &generator)
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
