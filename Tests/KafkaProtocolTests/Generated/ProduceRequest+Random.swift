// generated from clients/ProduceRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ProduceRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.transactionalId = nil
            } else {
                value.transactionalId = RandomValues.string(using: &generator)
            }
        }
        value.acks = Int16.random(in: .min ... .max, using: &generator)
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        value.topicData = RandomValues.array(using: &generator) { generator in ProduceRequest.TopicProduceData.random(version: version, using: &generator) }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ProduceRequest.TopicProduceData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitionData = RandomValues.array(using: &generator) { generator in ProduceRequest.PartitionProduceData.random(version: version, using: &generator) }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ProduceRequest.PartitionProduceData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.index = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.records = nil
        } else {
            value.records = .bytes(RandomValues.bytes(using: &generator))
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
