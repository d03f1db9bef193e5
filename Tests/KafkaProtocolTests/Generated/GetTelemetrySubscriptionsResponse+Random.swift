// generated from clients/GetTelemetrySubscriptionsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension GetTelemetrySubscriptionsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.clientInstanceId = RandomValues.uuid(using: &generator)
        value.subscriptionId = Int32.random(in: .min ... .max, using: &generator)
        value.acceptedCompressionTypes = RandomValues.array(using: &generator) { generator in Int8.random(in: .min ... .max, using: &generator) }
        value.pushIntervalMs = Int32.random(in: .min ... .max, using: &generator)
        value.telemetryMaxBytes = Int32.random(in: .min ... .max, using: &generator)
        value.deltaTemporality = Bool.random(using: &generator)
        value.requestedMetrics = RandomValues.array(using: &generator) { generator in RandomValues.string(using: &generator) }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
