// generated from clients/ShareAcknowledgeRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareAcknowledgeRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.groupId = nil
        } else {
            value.groupId = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.memberId = nil
        } else {
            value.memberId = RandomValues.string(using: &generator)
        }
        value.shareSessionEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in ShareAcknowledgeRequest.AcknowledgeTopic.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgeTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ShareAcknowledgeRequest.AcknowledgePartition.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgePartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.acknowledgementBatches = RandomValues.array(using: &generator) { generator in ShareAcknowledgeRequest.AcknowledgementBatch.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgementBatch: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.firstOffset = Int64.random(in: .min ... .max, using: &generator)
        value.lastOffset = Int64.random(in: .min ... .max, using: &generator)
        value.acknowledgeTypes = RandomValues.array(using: &generator) { generator in Int8.random(in: .min ... .max, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
