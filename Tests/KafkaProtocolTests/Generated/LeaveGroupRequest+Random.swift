// generated from clients/LeaveGroupRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension LeaveGroupRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        if version <= 2 {
            value.memberId = RandomValues.string(using: &generator)
        }
        if version >= 3 {
            value.members = RandomValues.array(using: &generator) { generator in LeaveGroupRequest.MemberIdentity.random(version: version, using: &generator) }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaveGroupRequest.MemberIdentity: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.groupInstanceId = nil
        } else {
            value.groupInstanceId = RandomValues.string(using: &generator)
        }
        if version >= 5 {
            if Bool.random(using: &generator) {
                value.reason = nil
            } else {
                value.reason = RandomValues.string(using: &generator)
            }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
