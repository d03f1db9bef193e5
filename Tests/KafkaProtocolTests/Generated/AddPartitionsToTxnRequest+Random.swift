// generated from clients/AddPartitionsToTxnRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AddPartitionsToTxnRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 4 {
            value.transactions = RandomValues.array(using: &generator) { generator in AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.random(version: version, using: &generator) }
        }
        if version <= 3 {
            value.v3AndBelowTransactionalId = RandomValues.string(using: &generator)
        }
        if version <= 3 {
            value.v3AndBelowProducerId = Int64.random(in: .min ... .max, using: &generator)
        }
        if version <= 3 {
            value.v3AndBelowProducerEpoch = Int16.random(in: .min ... .max, using: &generator)
        }
        if version <= 3 {
            value.v3AndBelowTopics = RandomValues.array(using: &generator) { generator in AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.random(version: version, using: &generator) }
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalId = RandomValues.string(using: &generator)
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        value.verifyOnly = Bool.random(using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
