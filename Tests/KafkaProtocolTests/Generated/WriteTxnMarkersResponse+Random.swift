// generated from clients/WriteTxnMarkersResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension WriteTxnMarkersResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.markers = RandomValues.array(using: &generator) { generator in WriteTxnMarkersResponse.WritableTxnMarkerResult.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerTopicResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
