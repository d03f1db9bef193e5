// generated from group-coordinator/OffsetCommitKey.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension OffsetCommitKey: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.group = RandomValues.string(using: &generator)
        value.topic = RandomValues.string(using: &generator)
        value.partition = Int32.random(in: .min ... .max, using: &generator)
        return value
    }
}
