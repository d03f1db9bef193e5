// generated from metadata/BrokerRegistrationChangeRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension BrokerRegistrationChangeRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
        value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        value.fenced = Int8.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            value.inControlledShutdown = Int8.random(in: .min ... .max, using: &generator)
        }
        if version >= 2 {
            value.logDirs = RandomValues.array(using: &generator) { generator in RandomValues.uuid(using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
