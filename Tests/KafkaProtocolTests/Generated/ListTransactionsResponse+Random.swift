// generated from clients/ListTransactionsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListTransactionsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.unknownStateFilters = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        value.transactionStates = RandomValues.array(using: &generator) { generator in ListTransactionsResponse.TransactionState.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListTransactionsResponse.TransactionState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalId = RandomValues.string(using: &generator)
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.transactionState = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
