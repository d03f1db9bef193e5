// generated from group-coordinator/ShareGroupTargetAssignmentMetadataValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupTargetAssignmentMetadataValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.assignmentEpoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
