// generated from clients/DescribeGroupsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeGroupsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.groups = RandomValues.array(using: &generator) { generator in DescribeGroupsResponse.DescribedGroup.random(version: version, using: &generator) }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeGroupsResponse.DescribedGroup: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.groupId = RandomValues.string(using: &generator)
        value.groupState = RandomValues.string(using: &generator)
        value.protocolType = RandomValues.string(using: &generator)
        value.protocolData = RandomValues.string(using: &generator)
        value.members = RandomValues.array(using: &generator) { generator in DescribeGroupsResponse.DescribedGroupMember.random(version: version, using: &generator) }
        if version >= 3 {
            value.authorizedOperations = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeGroupsResponse.DescribedGroupMember: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.memberId = RandomValues.string(using: &generator)
        if version >= 4 {
            if Bool.random(using: &generator) {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = RandomValues.string(using: &generator)
            }
        }
        value.clientId = RandomValues.string(using: &generator)
        value.clientHost = RandomValues.string(using: &generator)
        value.memberMetadata = RandomValues.bytes(using: &generator)
        value.memberAssignment = RandomValues.bytes(using: &generator)
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
