// generated from clients/AddRaftVoterRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension AddRaftVoterRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.clusterId = nil
        } else {
            value.clusterId = RandomValues.string(using: &generator)
        }
        value.timeoutMs = Int32.random(in: .min ... .max, using: &generator)
        value.voterId = Int32.random(in: .min ... .max, using: &generator)
        value.voterDirectoryId = RandomValues.uuid(using: &generator)
        value.listeners = RandomValues.array(using: &generator) { generator in AddRaftVoterRequest.Listener.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension AddRaftVoterRequest.Listener: RandomizableStruct {
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
