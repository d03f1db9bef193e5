// generated from metadata/RemoveUserScramCredentialRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RemoveUserScramCredentialRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.mechanism = Int8.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
