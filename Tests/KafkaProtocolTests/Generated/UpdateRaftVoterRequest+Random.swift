// generated from clients/UpdateRaftVoterRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension UpdateRaftVoterRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.clusterId = nil
        } else {
            value.clusterId = RandomValues.string(using: &generator)
        }
        value.currentLeaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.voterId = Int32.random(in: .min ... .max, using: &generator)
        value.voterDirectoryId = RandomValues.uuid(using: &generator)
        value.listeners = RandomValues.array(using: &generator) { generator in UpdateRaftVoterRequest.Listener.random(version: version, using: &generator) }
        value.kRaftVersionFeature = UpdateRaftVoterRequest.KRaftVersionFeature.random(version: version, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension UpdateRaftVoterRequest.Listener: RandomizableStruct {
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

extension UpdateRaftVoterRequest.KRaftVersionFeature: RandomizableStruct {
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
