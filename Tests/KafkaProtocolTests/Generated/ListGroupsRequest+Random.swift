// generated from clients/ListGroupsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListGroupsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 4 {
            value.statesFilter = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        }
        if version >= 5 {
            value.typesFilter = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
