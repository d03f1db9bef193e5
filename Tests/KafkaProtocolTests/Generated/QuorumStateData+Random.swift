// generated from raft/QuorumStateData.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension QuorumStateData: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if version <= 0 {
            value.clusterId = RandomValues.string(using: &generator)
        }
        value.leaderId = Int32.random(in: .min ... .max, using: &generator)
        value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        value.votedId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.votedDirectoryId = RandomValues.uuid(using: &generator)
        }
        if version <= 0 {
            value.appliedOffset = Int64.random(in: .min ... .max, using: &generator)
        }
        if version <= 0 {
            if Bool.random(using: &generator) {
                value.currentVoters = nil
            } else {
                value.currentVoters = RandomValues.array(using: &generator) { generator in QuorumStateData.Voter.random(version: version, using: &generator) }
            }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension QuorumStateData.Voter: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.voterId = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
