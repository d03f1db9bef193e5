// generated from metadata/PartitionChangeRecord.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension PartitionChangeRecord: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionId = Int32.random(in: .min ... .max, using: &generator)
        value.topicId = RandomValues.uuid(using: &generator)
        if Bool.random(using: &generator) {
            value.isr = nil
        } else {
            value.isr = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        value.leader = Int32.random(in: .min ... .max, using: &generator)
        if Bool.random(using: &generator) {
            value.replicas = nil
        } else {
            value.replicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.removingReplicas = nil
        } else {
            value.removingReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        if Bool.random(using: &generator) {
            value.addingReplicas = nil
        } else {
            value.addingReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
        }
        value.leaderRecoveryState = Int8.random(in: .min ... .max, using: &generator)
        if version >= 1 {
            if Bool.random(using: &generator) {
                value.directories = nil
            } else {
                value.directories = RandomValues.array(using: &generator) { generator in RandomValues.uuid(using: &generator) }
            }
        }
        if version >= 2 {
            if Bool.random(using: &generator) {
                value.eligibleLeaderReplicas = nil
            } else {
                value.eligibleLeaderReplicas = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
            }
        }
        if version >= 2 {
            if Bool.random(using: &generator) {
                value.lastKnownElr = nil
            } else {
                value.lastKnownElr = RandomValues.array(using: &generator) { generator in Int32.random(in: .min ... .max, using: &generator) }
            }
        }
        if Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
