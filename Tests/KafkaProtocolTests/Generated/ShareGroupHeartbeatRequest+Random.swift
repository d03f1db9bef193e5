// generated from clients/ShareGroupHeartbeatRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupHeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.groupId = RandomValues.string(using: &generator)
        value.memberId = RandomValues.string(using: &generator)
        value.memberEpoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.rackId = nil
        } else {
            value.rackId = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.subscribedTopicNames = nil
        } else {
            value.subscribedTopicNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
