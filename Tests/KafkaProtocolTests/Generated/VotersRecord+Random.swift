// generated from clients/VotersRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension VotersRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.version = Int16.random(in: .min ... .max, using: &generator)
        value.voters = RandomValues.array(using: &generator) { generator in VotersRecord.Voter.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VotersRecord.Voter: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.voterId = Int32.random(in: .min ... .max, using: &generator)
        value.voterDirectoryId = RandomValues.uuid(using: &generator)
        value.endpoints = RandomValues.array(using: &generator) { generator in VotersRecord.Endpoint.random(version: version, using: &generator) }
        value.kRaftVersionFeature = VotersRecord.KRaftVersionFeature.random(version: version, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VotersRecord.Endpoint: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.host = RandomValues.string(using: &generator)
        value.port = UInt16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension VotersRecord.KRaftVersionFeature: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.minSupportedVersion = Int16.random(in: .min ... .max, using: &generator)
        value.maxSupportedVersion = Int16.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
