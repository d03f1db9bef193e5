// generated from group-coordinator/GroupMetadataKey.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension GroupMetadataKey: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.group = RandomValues.string(using: &generator)
        return value
    }
}
