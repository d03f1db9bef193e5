// generated from clients/DescribeTransactionsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeTransactionsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.transactionStates = RandomValues.array(using: &generator) { generator in DescribeTransactionsResponse.TransactionState.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeTransactionsResponse.TransactionState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.transactionalId = RandomValues.string(using: &generator)
        value.transactionState = RandomValues.string(using: &generator)
        value.transactionTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        value.transactionStartTimeMs = Int64.random(in: .min ... .max, using: &generator)
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in DescribeTransactionsResponse.TopicData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeTransactionsResponse.TopicData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
