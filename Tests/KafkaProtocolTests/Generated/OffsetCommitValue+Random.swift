// generated from group-coordinator/OffsetCommitValue.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetCommitValue: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.offset = Int64.random(in: .min ... .max, using: &generator)
        if version >= 3 {
            value.leaderEpoch = Int32.random(in: .min ... .max, using: &generator)
        }
        value.metadata = RandomValues.string(using: &generator)
        value.commitTimestamp = Int64.random(in: .min ... .max, using: &generator)
        if version >= 1 && version <= 1 {
            value.expireTimestamp = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
