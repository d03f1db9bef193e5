// generated from clients/WriteTxnMarkersRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension WriteTxnMarkersRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.markers = RandomValues.array(using: &generator) { generator in WriteTxnMarkersRequest.WritableTxnMarker.random(version: version, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarker: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.producerId = Int64.random(in: .min ... .max, using: &generator)
        value.producerEpoch = Int16.random(in: .min ... .max, using: &generator)
        value.transactionResult = Bool.random(using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in WriteTxnMarkersRequest.WritableTxnMarkerTopic.random(version: version, using: &generator) }
        value.coordinatorEpoch = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarkerTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitionIndexes = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 1 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
