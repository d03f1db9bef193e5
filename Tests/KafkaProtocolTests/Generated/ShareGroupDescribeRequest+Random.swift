// generated from clients/ShareGroupDescribeRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupDescribeRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupIds = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        value.includeAuthorizedOperations = Bool.random(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
