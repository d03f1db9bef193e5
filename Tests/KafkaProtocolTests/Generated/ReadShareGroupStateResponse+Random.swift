// generated from clients/ReadShareGroupStateResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ReadShareGroupStateResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.results = RandomValues.array(using: &generator) { generator in ReadShareGroupStateResponse.ReadStateResult.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ReadShareGroupStateResponse.ReadStateResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ReadShareGroupStateResponse.PartitionResult.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ReadShareGroupStateResponse.PartitionResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.stateEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.startOffset = Int64.random(in: .min ... .max, using: &generator)
        value.stateBatches = RandomValues.array(using: &generator) { generator in ReadShareGroupStateResponse.StateBatch.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ReadShareGroupStateResponse.StateBatch: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.firstOffset = Int64.random(in: .min ... .max, using: &generator)
        value.lastOffset = Int64.random(in: .min ... .max, using: &generator)
        value.deliveryState = Int8.random(in: .min ... .max, using: &generator)
        value.deliveryCount = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
