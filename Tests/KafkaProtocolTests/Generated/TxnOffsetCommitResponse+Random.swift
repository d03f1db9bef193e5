// generated from clients/TxnOffsetCommitResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension TxnOffsetCommitResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.random(version: version, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.random(version: version, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
