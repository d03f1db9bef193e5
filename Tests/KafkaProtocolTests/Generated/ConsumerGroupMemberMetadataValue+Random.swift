// generated from group-coordinator/ConsumerGroupMemberMetadataValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ConsumerGroupMemberMetadataValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.instanceId = nil
        } else {
            value.instanceId = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.rackId = nil
        } else {
            value.rackId = RandomValues.string(using: &generator)
        }
        value.clientId = RandomValues.string(using: &generator)
        value.clientHost = RandomValues.string(using: &generator)
        value.subscribedTopicNames = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if Bool.random(using: &generator) {
            value.subscribedTopicRegex = nil
        } else {
            value.subscribedTopicRegex = RandomValues.string(using: &generator)
        }
        value.rebalanceTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.serverAssignor = nil
        } else {
            value.serverAssignor = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.classicMemberMetadata = nil
        } else {
            value.classicMemberMetadata = ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.random(version: version, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupMemberMetadataValue.ClassicMemberMetadata: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.sessionTimeoutMs = Int32.random(in: .min ... .max, using: &generator)
        value.supportedProtocols = RandomValues.array(using: &generator) { generator in ConsumerGroupMemberMetadataValue.ClassicProtocol.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ConsumerGroupMemberMetadataValue.ClassicProtocol: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.metadata = RandomValues.bytes(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
