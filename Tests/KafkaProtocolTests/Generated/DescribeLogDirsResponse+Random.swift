// generated from clients/DescribeLogDirsResponse.json, do not edit (make regenerate)

import KafkaProtocol
import NIOCore

extension DescribeLogDirsResponse: RandomizableMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.throttleTimeMs = Int32.random(in: .min ... .max, using: &generator)
        if version >= 3 {
            value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        }
        value.results = RandomValues.array(using: &generator) { generator in DescribeLogDirsResponse.DescribeLogDirsResult.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsResult: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.errorCode = Int16.random(in: .min ... .max, using: &generator)
        value.logDir = RandomValues.string(using: &generator)
        value.topics = RandomValues.array(using: &generator) { generator in DescribeLogDirsResponse.DescribeLogDirsTopic.random(version: version, using: &generator) }
        if version >= 4 {
            value.totalBytes = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 4 {
            value.usableBytes = Int64.random(in: .min ... .max, using: &generator)
        }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsTopic: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.name = RandomValues.string(using: &generator)
        value.partitions = RandomValues.array(using: &generator) { generator in DescribeLogDirsResponse.DescribeLogDirsPartition.random(version: version, using: &generator) }
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsPartition: RandomizableStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self {
        var value = Self()
        value.partitionIndex = Int32.random(in: .min ... .max, using: &generator)
        value.partitionSize = Int64.random(in: .min ... .max, using: &generator)
        value.offsetLag = Int64.random(in: .min ... .max, using: &generator)
        value.isFutureKey = Bool.random(using: &generator)
        if version >= 2 && Bool.random(using: &generator) {
            value.unknownTaggedFields = RandomValues.unknownTaggedFields(using: &generator)
        }
        return value
    }
}
