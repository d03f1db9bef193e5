// generated from group-coordinator/ShareGroupTargetAssignmentMetadataKey.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupTargetAssignmentMetadataKey: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        return value
    }
}
