// generated from clients/ApiVersionsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ApiVersionsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.apiKeys = RandomValues.array(using: &generator) { generator in ApiVersionsResponse.ApiVersion.random(version: version, using: &generator) }
        if version >= 1 {
            value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 {
            value.supportedFeatures = RandomValues.array(using: &generator) { generator in ApiVersionsResponse.SupportedFeatureKey.random(version: version, using: &generator) }
        }
        if version >= 3 {
            value.finalizedFeaturesEpoch = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 {
            value.finalizedFeatures = RandomValues.array(using: &generator) { generator in ApiVersionsResponse.FinalizedFeatureKey.random(version: version, using: &generator) }
        }
        if version >= 3 {
            value.zkMigrationReady = Bool.random(using: &generator)
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ApiVersionsResponse.ApiVersion: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.apiKey = Int16.random(in: .min ... .max, using: &generator)
        value.minVersion = Int16.random(in: .min ... .max, using: &generator)
        value.maxVersion = Int16.random(in: .min ... .max, using: &generator)
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ApiVersionsResponse.SupportedFeatureKey: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.minVersion = Int16.random(in: .min ... .max, using: &generator)
        value.maxVersion = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension ApiVersionsResponse.FinalizedFeatureKey: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.maxVersionLevel = Int16.random(in: .min ... .max, using: &generator)
        value.minVersionLevel = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
