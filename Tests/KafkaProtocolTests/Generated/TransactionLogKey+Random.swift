// generated from transaction-coordinator/TransactionLogKey.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension TransactionLogKey: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.transactionalId = RandomValues.string(using: &generator)
        return value
    }
}
