// generated from clients/ApiVersionsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ApiVersionsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 3 {
            value.clientSoftwareName = RandomValues.string(using: &generator)
        }
        if version >= 3 {
            value.clientSoftwareVersion = RandomValues.string(using: &generator)
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
