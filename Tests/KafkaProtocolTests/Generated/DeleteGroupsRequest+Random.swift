// generated from clients/DeleteGroupsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DeleteGroupsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupsNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
