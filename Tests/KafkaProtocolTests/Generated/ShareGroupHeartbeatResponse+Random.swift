// generated from clients/ShareGroupHeartbeatResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareGroupHeartbeatResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.memberId = nil
        } else {
            value.memberId = RandomValues.string(using: &generator)
        }
        value.memberEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.heartbeatIntervalMs = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.assignment = nil
        } else {
            value.assignment = ShareGroupHeartbeatResponse.Assignment.random(version: version, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupHeartbeatResponse.Assignment: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicPartitions = RandomValues.array(using: &generator) { generator in ShareGroupHeartbeatResponse.TopicPartitions.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareGroupHeartbeatResponse.TopicPartitions: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
