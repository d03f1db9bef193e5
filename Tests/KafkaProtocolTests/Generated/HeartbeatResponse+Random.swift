// generated from clients/HeartbeatResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension HeartbeatResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
