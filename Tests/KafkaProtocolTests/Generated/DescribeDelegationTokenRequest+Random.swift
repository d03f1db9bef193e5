// generated from clients/DescribeDelegationTokenRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        if Bool.random(using: &generator) {
            value.owners = nil
        } else {
            value.owners = RandomValues.array(using: &generator) { generator in DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.random(version: version, using: &generator) }
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeDelegationTokenRequest.DescribeDelegationTokenOwner: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.principalType = RandomValues.string(using: &generator)
        value.principalName = RandomValues.string(using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
