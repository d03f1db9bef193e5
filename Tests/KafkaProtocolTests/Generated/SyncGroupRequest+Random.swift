// generated from clients/SyncGroupRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension SyncGroupRequest: RandomizableMessage {
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
        value.assignments = RandomValues.array(using: &generator) { generator in SyncGroupRequest.SyncGroupRequestAssignment.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension SyncGroupRequest.SyncGroupRequestAssignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
        value.assignment = RandomValues.bytes(using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
