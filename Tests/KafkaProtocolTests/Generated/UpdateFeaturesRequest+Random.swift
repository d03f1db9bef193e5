// generated from clients/UpdateFeaturesRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension UpdateFeaturesRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        value.featureUpdates = RandomValues.array(using: &generator) { generator in UpdateFeaturesRequest.FeatureUpdateKey.random(version: version, using: &generator) }
        if version >= 1 {
            value.validateOnly = Bool.random(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension UpdateFeaturesRequest.FeatureUpdateKey: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.feature = RandomValues.string(using: &generator)
        value.maxVersionLevel = Int16.random(in: .min ... .max, using: &generator)
        if version <= 0 {
            value.allowDowngrade = Bool.random(using: &generator)
        }
        if version >= 1 {
            value.upgradeType = Int8.random(in: .min ... .max, using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
