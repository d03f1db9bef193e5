// generated from clients/HeartbeatRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension HeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.generationId = Int32.random(in: .min ... .max, using: &generator)
        value.memberId = RandomValues.string(using: &generator)
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = RandomValues.string(using: &generator)
            }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
