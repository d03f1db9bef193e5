// generated from metadata/RemoveTopicRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension RemoveTopicRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topicId = RandomValues.uuid(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
