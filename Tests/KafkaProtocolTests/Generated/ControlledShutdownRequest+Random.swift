// generated from clients/ControlledShutdownRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension ControlledShutdownRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
        if version >= 2 {
            value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 3 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
