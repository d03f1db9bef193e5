// generated from clients/JoinGroupResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension JoinGroupResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.generationId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 7 {
            if Bool.random(using: &generator) {
                value.protocolType = nil
            } else {
                value.protocolType = RandomValues.string(using: &generator)
            }
        }
        if version >= 7 && Bool.random(using: &generator) {
            value.protocolName = nil
        } else {
            value.protocolName = RandomValues.string(using: &generator)
        }
        value.leader = RandomValues.string(using: &generator)
        if version >= 9 {
            value.skipAssignment = Bool.random(using: &generator)
        }
        value.memberId = RandomValues.string(using: &generator)
        value.members = RandomValues.array(using: &generator) { generator in JoinGroupResponse.JoinGroupResponseMember.random(version: version, using: &generator) }
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension JoinGroupResponse.JoinGroupResponseMember: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
        if version >= 5 {
            if Bool.random(using: &generator) {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = RandomValues.string(using: &generator)
            }
        }
        value.metadata = RandomValues.bytes(using: &generator)
        if version >= 6 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
