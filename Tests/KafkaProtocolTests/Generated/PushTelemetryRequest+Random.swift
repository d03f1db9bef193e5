// generated from clients/PushTelemetryRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension PushTelemetryRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.clientInstanceId = RandomValues.uuid(using: &generator)
        value.subscriptionId = Int32.random(in: .min ... .max, using: &generator)
        value.terminating = Bool.random(using: &generator)
        value.compressionType = Int8.random(in: .min ... .max, using: &generator)
        value.metrics = RandomValues.bytes(using: &generator)
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
