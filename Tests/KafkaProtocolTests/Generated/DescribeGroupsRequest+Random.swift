// generated from clients/DescribeGroupsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeGroupsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groups = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if version >= 3 {
            value.includeAuthorizedOperations = Bool.random(using: &generator)
        }
        if version >= 5 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
