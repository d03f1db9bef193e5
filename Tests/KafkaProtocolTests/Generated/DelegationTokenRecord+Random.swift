// generated from metadata/DelegationTokenRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DelegationTokenRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.owner = RandomValues.string(using: &generator)
        value.requester = RandomValues.string(using: &generator)
        value.renewers = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        value.issueTimestamp = Int64.random(in: .min ... .max, using: &generator)
        value.maxTimestamp = Int64.random(in: .min ... .max, using: &generator)
        value.expirationTimestamp = Int64.random(in: .min ... .max, using: &generator)
        value.tokenId = RandomValues.string(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
