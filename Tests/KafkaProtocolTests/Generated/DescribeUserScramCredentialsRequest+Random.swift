// generated from clients/DescribeUserScramCredentialsRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeUserScramCredentialsRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.users = nil
        } else {
            value.users = RandomValues.array(using: &generator) { generator in DescribeUserScramCredentialsRequest.UserName.random(version: version, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeUserScramCredentialsRequest.UserName: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
