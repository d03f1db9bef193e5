// generated from clients/OffsetDeleteResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetDeleteResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in OffsetDeleteResponse.OffsetDeleteResponseTopic.random(version: version, using: &generator) }
        return value
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponseTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetDeleteResponse.OffsetDeleteResponsePartition.random(version: version, using: &generator) }
        return value
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponsePartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        return value
    }
}
