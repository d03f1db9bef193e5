// generated from clients/DescribeTransactionsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeTransactionsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalIds = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
