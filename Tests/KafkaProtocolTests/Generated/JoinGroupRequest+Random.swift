// generated from clients/JoinGroupRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension JoinGroupRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.sessionTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.rebalanceTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.memberId = RandomValues.string(using: &generator)
        if version >= 5 {
            if Bool.random(using: &generator) {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = RandomValues.string(using: &generator)
            }
        }
        value.protocolType = RandomValues.string(using: &generator)
        value.protocols = RandomValues.array(using: &generator) { generator in JoinGroupRequest.JoinGroupRequestProtocol.random(version: version, using: &generator) }
        if version >= 8 {
            if Bool.random(using: &generator) {
                value.reason = nil
            } else {
                value.reason = RandomValues.string(using: &generator)
            }
        }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension JoinGroupRequest.JoinGroupRequestProtocol: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.metadata = RandomValues.bytes(using: &generator)
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
