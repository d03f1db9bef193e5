// generated from clients/FindCoordinatorResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension FindCoordinatorResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        if version <= 3 {
            value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        }
        if version >= 1 && version <= 3 {
            if Bool.random(using: &generator) {
                value.errorMessage = nil
            } else {
                value.errorMessage = RandomValues.string(using: &generator)
            }
        }
        if version <= 3 {
            value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        }
        if version <= 3 {
            value.host = RandomValues.string(using: &generator)
        }
        if version <= 3 {
            value.port = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 {
            value.coordinators = RandomValues.array(using: &generator) { generator in FindCoordinatorResponse.Coordinator.random(version: version, using: &generator) }
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension FindCoordinatorResponse.Coordinator: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.key = RandomValues.string(using: &generator)
        value.nodeId = Int32.random(in: .min ... .max, using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.errorMessage = nil
        } else {
            value.errorMessage = RandomValues.string(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
