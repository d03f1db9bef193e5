// generated from clients/BrokerRegistrationRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension BrokerRegistrationRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
        value.clusterId = RandomValues.string(using: &generator)
        value.incarnationId = RandomValues.uuid(using: &generator)
        value.listeners = RandomValues.array(using: &generator) { generator in BrokerRegistrationRequest.Listener.random(version: version, using: &generator) }
        value.features = RandomValues.array(using: &generator) { generator in BrokerRegistrationRequest.Feature.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.rack = nil
        } else {
            value.rack = RandomValues.string(using: &generator)
        }
        if version >= 1 {
            value.isMigratingZkBroker = Bool.random(using: &generator)
        }
        if version >= 2 {
            value.logDirs = RandomValues.array(using: &generator) { generator in RandomValues.uuid(using: &generator) }
        }
        if version >= 3 {
            value.previousBrokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension BrokerRegistrationRequest.Listener: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = UInt16.random(in: .min ... .max, using: &generator)
        value.securityProtocol = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension BrokerRegistrationRequest.Feature: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.minSupportedVersion = Int16.random(in: .min ... .max, using: &generator)
        value.maxSupportedVersion = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
