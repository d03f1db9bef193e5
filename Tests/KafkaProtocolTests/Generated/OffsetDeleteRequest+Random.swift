// generated from clients/OffsetDeleteRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetDeleteRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in OffsetDeleteRequest.OffsetDeleteRequestTopic.random(version: version, using: &generator) }
        return value
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in OffsetDeleteRequest.OffsetDeleteRequestPartition.random(version: version, using: &generator) }
        return value
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        return value
    }
}
