// generated from metadata/RemoveDelegationTokenRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RemoveDelegationTokenRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.tokenId = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
