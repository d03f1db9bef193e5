// generated from clients/DescribeClusterRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeClusterRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.includeClusterAuthorizedOperations = Bool.random(using: &generator)
        if version >= 1 {
            value.endpointType = Int8.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
