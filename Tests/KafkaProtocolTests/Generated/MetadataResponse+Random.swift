// generated from clients/MetadataResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension MetadataResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 3 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        value.brokers = RandomValues.array(using: &generator) { generator in MetadataResponse.MetadataResponseBroker.random(version: version, using: &generator) }
        if version >= 2 {
            if Bool.random(using: &generator) {
                value.clusterId = nil
            } else {
                value.clusterId = RandomValues.string(using: &generator)
            }
        }
        if version >= 1 {
            value.controllerId = Int32.random(in: .min ... .max, using: &generator)
        }
        value.topics = RandomValues.array(using: &generator) { generator in MetadataResponse.MetadataResponseTopic.random(version: version, using: &generator) }
        if version >= 8 && version <= 10 {
            value.clusterAuthorizedOperations = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension MetadataResponse.MetadataResponseBroker: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            if Bool.random(using: &generator) {
                value.rack = nil
            } else {
                value.rack = RandomValues.string(using: &generator)
            }
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension MetadataResponse.MetadataResponseTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 12 && Bool.random(using: &generator) {
            value.name = nil
        } else {
            value.name = RandomValues.string(using: &generator)
        }
        if version >= 10 {
            value.topicId = RandomValues.uuid(using: &generator)
        }
        if version >= 1 {
            value.isInternal = Bool.random(using: &generator)
        }
        value.partitions = RandomValues.array(using: &generator) { generator in MetadataResponse.MetadataResponsePartition.random(version: version, using: &generator) }
        if version >= 8 {
            value.topicAuthorizedOperations = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension MetadataResponse.MetadataResponsePartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 7 {
            value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        value.replicaNodes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        value.isrNodes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 5 {
            value.offlineReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if version >= 9 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
