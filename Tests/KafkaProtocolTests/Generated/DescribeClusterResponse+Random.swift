// generated from clients/DescribeClusterResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeClusterResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        if version >= 1 {
            value.endpointType = Int8.random(in: .min ... .max, using: &generator)
        }
        value.clusterId = RandomValues.string(using: &generator)
        value.controllerId = Int32.random(in: .min ... .max, using: &generator)
        value.brokers = RandomValues.array(using: &generator) { generator in DescribeClusterResponse.DescribeClusterBroker.random(version: version, using: &generator) }
        value.clusterAuthorizedOperations = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeClusterResponse.DescribeClusterBroker: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
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
