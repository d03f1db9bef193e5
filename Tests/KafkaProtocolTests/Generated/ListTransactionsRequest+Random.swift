// generated from clients/ListTransactionsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListTransactionsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.stateFilters = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        value.producerIdFilters = RandomValues.array(using: &generator) { generator in Int64.random(in: .min ... .max, using: &generator) }
        if version >= 1 {
            value.durationFilter = Int64.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
