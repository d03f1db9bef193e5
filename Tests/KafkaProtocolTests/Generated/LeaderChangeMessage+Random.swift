// generated from clients/LeaderChangeMessage.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension LeaderChangeMessage: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.version = Int16.random(in: .min ... .max, using: &generator)
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.voters = RandomValues.array(using: &generator) { generator in LeaderChangeMessage.Voter.random(version: version, using: &generator) }
        value.grantingVoters = RandomValues.array(using: &generator) { generator in LeaderChangeMessage.Voter.random(version: version, using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension LeaderChangeMessage.Voter: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.voterId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.voterDirectoryId = RandomValues.uuid(using: &generator)
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
