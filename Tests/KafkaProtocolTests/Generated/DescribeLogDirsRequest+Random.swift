// generated from clients/DescribeLogDirsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeLogDirsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.topics = nil
        } else {
            value.topics = RandomValues.array(using: &generator) { generator in DescribeLogDirsRequest.DescribableLogDirTopic.random(version: version, using: &generator) }
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeLogDirsRequest.DescribableLogDirTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.topic = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
