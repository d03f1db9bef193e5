// generated from clients/ControllerRegistrationRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ControllerRegistrationRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.controllerId = Int32.random(in: .min ... .max, using: &generator)
        value.incarnationId = RandomValues.uuid(using: &generator)
        value.zkMigrationReady = Bool.random(using: &generator)
        value.listeners = RandomValues.array(using: &generator) { generator in ControllerRegistrationRequest.Listener.random(version: version, using: &generator) }
        value.features = RandomValues.array(using: &generator) { generator in ControllerRegistrationRequest.Feature.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ControllerRegistrationRequest.Listener: RandomizableStruct {
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

extension ControllerRegistrationRequest.Feature: RandomizableStruct {
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
