// generated from group-coordinator/ShareGroupMemberMetadataValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupMemberMetadataValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.rackId = nil
        } else {
            value.rackId = RandomValues.string(using: &generator)
        }
        value.clientId = RandomValues.string(using: &generator)
        value.clientHost = RandomValues.string(using: &generator)
        value.subscribedTopicNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
