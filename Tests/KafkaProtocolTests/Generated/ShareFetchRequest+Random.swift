// generated from clients/ShareFetchRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareFetchRequest: RandomizableMessage {
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
        value.maxWaitMs = Int32.random(in: .min ... .max, using: &generator)
        value.minBytes = Int32.random(in: .min ... .max, using: &generator)
        value.maxBytes = Int32.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in ShareFetchRequest.FetchTopic.random(version: version, using: &generator) }
        value.forgottenTopicsData = RandomValues.array(using: &generator) { generator in ShareFetchRequest.ForgottenTopic.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchRequest.FetchTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ShareFetchRequest.FetchPartition.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchRequest.FetchPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.partitionMaxBytes = Int32.random(in: .min ... .max, using: &generator)
        value.acknowledgementBatches = RandomValues.array(using: &generator) { generator in ShareFetchRequest.AcknowledgementBatch.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchRequest.AcknowledgementBatch: RandomizableStruct {
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

extension ShareFetchRequest.ForgottenTopic: RandomizableStruct {
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
