// generated from clients/ListGroupsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListGroupsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.groups = RandomValues.array(using: &generator) { generator in ListGroupsResponse.ListedGroup.random(version: version, using: &generator) }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ListGroupsResponse.ListedGroup: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.protocolType = RandomValues.string(using: &generator)
        if version >= 4 {
            value.groupState = RandomValues.string(using: &generator)
        }
        if version >= 5 {
            value.groupType = RandomValues.string(using: &generator)
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
