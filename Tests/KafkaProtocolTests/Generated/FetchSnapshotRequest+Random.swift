// generated from clients/FetchSnapshotRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension FetchSnapshotRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.clusterId = nil
        } else {
            value.clusterId = RandomValues.string(using: &generator)
        }
        value.replicaId = Int32.random(in: .min ... .max, using: &generator)
        value.maxBytes = Int32.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in FetchSnapshotRequest.TopicSnapshot.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchSnapshotRequest.TopicSnapshot: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in FetchSnapshotRequest.PartitionSnapshot.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchSnapshotRequest.PartitionSnapshot: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        value.currentLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.snapshotId = FetchSnapshotRequest.SnapshotId.random(version: version, using: &generator)
        value.position = Int64.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.replicaDirectoryId = RandomValues.uuid(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchSnapshotRequest.SnapshotId: RandomizableStruct {
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
