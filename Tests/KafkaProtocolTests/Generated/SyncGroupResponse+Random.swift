// generated from clients/SyncGroupResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension SyncGroupResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 5 {
            if Bool.random(using: &generator) {
                value.protocolType = nil
            } else {
                value.protocolType = RandomValues.string(using: &generator)
            }
        }
        if version >= 5 {
            if Bool.random(using: &generator) {
                value.protocolName = nil
            } else {
                value.protocolName = RandomValues.string(using: &generator)
            }
        }
        value.assignment = RandomValues.bytes(using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
