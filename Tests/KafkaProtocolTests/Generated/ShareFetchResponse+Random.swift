// generated from clients/ShareFetchResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ShareFetchResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.responses = RandomValues.array(using: &generator) { generator in ShareFetchResponse.ShareFetchableTopicResponse.random(version: version, using: &generator) }
        value.nodeEndpoints = RandomValues.array(using: &generator) { generator in ShareFetchResponse.NodeEndpoint.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchResponse.ShareFetchableTopicResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in ShareFetchResponse.PartitionData.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchResponse.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        value.acknowledgeErrorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.acknowledgeErrorMessage = nil
        } else {
            value.acknowledgeErrorMessage = RandomValues.string(using: &generator)
        }
        value.currentLeader = ShareFetchResponse.LeaderIdAndEpoch.random(version: version, using: &generator)
        if Bool.random(using: &generator) {
            value.records = nil
        } else {
            value.records = .bytes(RandomValues.bytes(using: &generator))
        }
        value.acquiredRecords = RandomValues.array(using: &generator) { generator in ShareFetchResponse.AcquiredRecords.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchResponse.LeaderIdAndEpoch: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchResponse.AcquiredRecords: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.firstOffset = Int64.random(in: .min ... .max, using: &generator)
        value.lastOffset = Int64.random(in: .min ... .max, using: &generator)
        value.deliveryCount = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ShareFetchResponse.NodeEndpoint: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.rack = nil
        } else {
            value.rack = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
