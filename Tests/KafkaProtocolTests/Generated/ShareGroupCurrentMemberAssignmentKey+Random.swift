// generated from group-coordinator/ShareGroupCurrentMemberAssignmentKey.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupCurrentMemberAssignmentKey: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.memberId = RandomValues.string(using: &generator)
        return value
    }
}
