// generated from clients/DescribeProducersResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeProducersResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in DescribeProducersResponse.TopicResponse.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeProducersResponse.TopicResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in DescribeProducersResponse.PartitionResponse.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeProducersResponse.PartitionResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.activeProducers = RandomValues.array(using: &generator) { generator in DescribeProducersResponse.ProducerState.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeProducersResponse.ProducerState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.producerEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.lastSequence = Int32.random(in: .min ... .max, using: &generator)
        value.lastTimestamp = Int64.random(in: .min ... .max, using: &generator)
        value.coordinatorEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.currentTxnStartOffset = Int64.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
