// generated from clients/LeaveGroupResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension LeaveGroupResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 3 {
            value.members = RandomValues.array(using: &generator) { generator in LeaveGroupResponse.MemberResponse.random(version: version, using: &generator) }
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaveGroupResponse.MemberResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.groupInstanceId = nil
        } else {
            value.groupInstanceId = RandomValues.string(using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
