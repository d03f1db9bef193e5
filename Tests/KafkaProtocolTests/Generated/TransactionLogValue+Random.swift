// generated from transaction-coordinator/TransactionLogValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension TransactionLogValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.previousProducerId = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 {
            value.nextProducerId = Int64.random(in: .min ... .max, using: &generator)
        }
        value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        value.transactionTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        value.transactionStatus = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.transactionPartitions = nil
        } else {
            value.transactionPartitions = RandomValues.array(using: &generator) { generator in TransactionLogValue.PartitionsSchema.random(version: version, using: &generator) }
        }
        value.transactionLastUpdateTimestampMs = Int64.random(in: .min ... .max, using: &generator)
        value.transactionStartTimestampMs = Int64.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.clientTransactionVersion = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension TransactionLogValue.PartitionsSchema: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitionIds = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
