// generated from group-coordinator/GroupMetadataValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension GroupMetadataValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.protocolType = RandomValues.string(using: &generator)
        value.generation = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.`protocol` = nil
        } else {
            value.`protocol` = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.leader = nil
        } else {
            value.leader = RandomValues.string(using: &generator)
        }
        if version >= 2 {
            value.currentStateTimestamp = Int64.random(in: .min ... .max, using: &generator)
        }
        value.members = RandomValues.array(using: &generator) { generator in GroupMetadataValue.MemberMetadata.random(version: version, using: &generator) }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension GroupMetadataValue.MemberMetadata: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
        if version >= 3 {
            if Bool.random(using: &generator) {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = RandomValues.string(using: &generator)
            }
        }
        value.clientId = RandomValues.string(using: &generator)
        value.clientHost = RandomValues.string(using: &generator)
        if version >= 1 {
            value.rebalanceTimeout = Int32.random(in: .min ... .max, using: &generator)
        }
        value.sessionTimeout = Int32.random(in: .min ... .max, using: &generator)
        value.subscription = RandomValues.bytes(using: &generator)
        value.assignment = RandomValues.bytes(using: &generator)
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
