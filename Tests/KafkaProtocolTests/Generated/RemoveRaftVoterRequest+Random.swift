// generated from clients/RemoveRaftVoterRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RemoveRaftVoterRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.clusterId = nil
        } else {
            value.clusterId = RandomValues.string(using: &generator)
        }
        value.voterId = Int32.random(in: .min ... .max, using: &generator)
        value.voterDirectoryId = RandomValues.uuid(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
