// generated from clients/FetchRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension FetchRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 12 {
            if Bool.random(using: &generator) {
                value.clusterId = nil
            } else {
                value.clusterId = RandomValues.string(using: &generator)
            }
        }
        if version <= 14 {
            value.replicaId = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 15 {
            value.replicaState = FetchRequest.ReplicaState.random(version: version, using: &generator)
        }
        value.maxWaitMs = Int32.random(in: .min ... .max, using: &generator)
        value.minBytes = Int32.random(in: .min ... .max, using: &generator)
        if version >= 3 {
            value.maxBytes = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 {
            value.isolationLevel = Int8.random(in: .min ... .max, using: &generator)
        }
        if version >= 7 {
            value.sessionId = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 7 {
            value.sessionEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in FetchRequest.FetchTopic.random(version: version, using: &generator) }
        if version >= 7 {
            value.forgottenTopicsData = RandomValues.array(using: &generator) { generator in FetchRequest.ForgottenTopic.random(version: version, using: &generator) }
        }
        if version >= 11 {
            value.rackId = RandomValues.string(using: &generator)
        }
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchRequest.ReplicaState: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.replicaId = Int32.random(in: .min ... .max, using: &generator)
        value.replicaEpoch = Int64.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchRequest.FetchTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 12 {
            value.topic = RandomValues.string(using: &generator)
        }
        if version >= 13 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.partitions = RandomValues.array(using: &generator) { generator in FetchRequest.FetchPartition.random(version: version, using: &generator) }
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchRequest.FetchPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        if version >= 9 {
            value.currentLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        value.fetchOffset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 12 {
            value.lastFetchedEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 5 {
            value.logStartOffset = Int64.random(in: .min ... .max, using: &generator)
        }
        value.partitionMaxBytes = Int32.random(in: .min ... .max, using: &generator)
        if version >= 17 {
            value.replicaDirectoryId = RandomValues.uuid(using: &generator)
        }
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FetchRequest.ForgottenTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 12 {
            value.topic = RandomValues.string(using: &generator)
        }
        if version >= 13 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 12 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
