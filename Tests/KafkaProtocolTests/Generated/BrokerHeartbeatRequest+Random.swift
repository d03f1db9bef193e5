// generated from clients/BrokerHeartbeatRequest.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension BrokerHeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.brokerId = Int32.random(in: .min ... .max, using: &generator)
        value.brokerEpoch = Int64.random(in: .min ... .max, using: &generator)
        value.currentMetadataOffset = Int64.random(in: .min ... .max, using: &generator)
        value.wantFence = Bool.random(using: &generator)
        value.wantShutDown = Bool.random(using: &generator)
        if version >= 1 {
            value.offlineLogDirs = RandomValues.array(using: &generator) { generator in RandomValues.uuid(using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
