// generated from clients/AddPartitionsToTxnResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AddPartitionsToTxnResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 4 {
            value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 {
            value.resultsByTransaction = RandomValues.array(using: &generator) { generator in AddPartitionsToTxnResponse.AddPartitionsToTxnResult.random(version: version, using: &generator) }
        }
        if version <= 3 {
            value.resultsByTopicV3AndBelow = RandomValues.array(using: &generator) { generator in AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.random(version: version, using: &generator) }
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalId = RandomValues.string(using: &generator)
        value.topicResults = RandomValues.array(using: &generator) { generator in AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.resultsByPartition = RandomValues.array(using: &generator) { generator in AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.random(version: version, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.partitionErrorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
