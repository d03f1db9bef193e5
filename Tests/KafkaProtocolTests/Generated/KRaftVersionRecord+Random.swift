// generated from clients/KRaftVersionRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension KRaftVersionRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.version = Int16.random(in: .min ... .max, using: &generator)
        value.kRaftVersion = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
