// generated from clients/FetchSnapshotResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension FetchSnapshotResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in FetchSnapshotResponse.TopicSnapshot.random(version: version, using: &generator) }
        if version >= 1 {
            value.nodeEndpoints = RandomValues.array(using: &generator) { generator in FetchSnapshotResponse.NodeEndpoint.random(version: version, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchSnapshotResponse.TopicSnapshot: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in FetchSnapshotResponse.PartitionSnapshot.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchSnapshotResponse.PartitionSnapshot: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.index = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.snapshotId = FetchSnapshotResponse.SnapshotId.random(version: version, using: &generator)
        value.currentLeader = FetchSnapshotResponse.LeaderIdAndEpoch.random(version: version, using: &generator)
        value.size = Int64.random(in: .min ... .max, using: &generator)
        value.position = Int64.random(in: .min ... .max, using: &generator)
        value.unalignedRecords = .bytes(RandomValues.bytes(using: &generator))
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchSnapshotResponse.SnapshotId: RandomizableStruct {
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

extension FetchSnapshotResponse.LeaderIdAndEpoch: RandomizableStruct {
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

extension FetchSnapshotResponse.NodeEndpoint: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = UInt16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
