// generated from metadata/RegisterControllerRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RegisterControllerRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.controllerId = Int32.random(in: .min ... .max, using: &generator)
        value.incarnationId = RandomValues.uuid(using: &generator)
        value.zkMigrationReady = Bool.random(using: &generator)
        value.endPoints = RandomValues.array(using: &generator) { generator in RegisterControllerRecord.ControllerEndpoint.random(version: version, using: &generator) }
        value.features = RandomValues.array(using: &generator) { generator in RegisterControllerRecord.ControllerFeature.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension RegisterControllerRecord.ControllerEndpoint: RandomizableStruct {
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

extension RegisterControllerRecord.ControllerFeature: RandomizableStruct {
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
