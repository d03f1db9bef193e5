// generated from clients/FetchResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension FetchResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 7 {
            value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 7 {
            value.sessionId = Int32.random(in: .min ... .max, using: &generator)
        }
        value.responses = RandomValues.array(using: &generator) { generator in FetchResponse.FetchableTopicResponse.random(version: version, using: &generator) }
        if version >= 16 {
            value.nodeEndpoints = RandomValues.array(using: &generator) { generator in FetchResponse.NodeEndpoint.random(version: version, using: &generator) }
        }
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchResponse.FetchableTopicResponse: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 12 {
            value.topic = RandomValues.string(using: &generator)
        }
        if version >= 13 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.partitions = RandomValues.array(using: &generator) { generator in FetchResponse.PartitionData.random(version: version, using: &generator) }
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchResponse.PartitionData: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.highWatermark = Int64.random(in: .min ... .max, using: &generator)
        if version >= 4 {
            value.lastStableOffset = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            value.logStartOffset = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 12 {
            value.divergingEpoch = FetchResponse.EpochEndOffset.random(version: version, using: &generator)
        }
        if version >= 12 {
            value.currentLeader = FetchResponse.LeaderIdAndEpoch.random(version: version, using: &generator)
        }
        if version >= 12 {
            value.snapshotId = FetchResponse.SnapshotId.random(version: version, using: &generator)
        }
        if version >= 4 {
            if Bool.random(using: &generator) {
                value.abortedTransactions = nil
            } else {
                value.abortedTransactions = RandomValues.array(using: &generator) { generator in FetchResponse.AbortedTransaction.random(version: version, using: &generator) }
            }
        }
        if version >= 11 {
            value.preferredReadReplica = Int32.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.records = nil
        } else {
            value.records = .bytes(RandomValues.bytes(using: &generator))
        }
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchResponse.EpochEndOffset: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.epoch = Int32.random(in: .min ... .max, using: &generator)
        value.endOffset = Int64.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchResponse.LeaderIdAndEpoch: RandomizableStruct {
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

extension FetchResponse.SnapshotId: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.endOffset = Int64.random(in: .min ... .max, using: &generator)
        value.epoch = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchResponse.AbortedTransaction: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.firstOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchResponse.NodeEndpoint: RandomizableStruct {
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
