// generated from clients/ListClientMetricsResourcesRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ListClientMetricsResourcesRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
