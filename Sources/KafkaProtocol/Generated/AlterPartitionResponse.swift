// generated from clients/AlterPartitionResponse.json, do not edit (make regenerate)

import NIOCore

/// AlterPartitionResponse: Kafka response (key 56), versions 0-3, flexible versions 0+.
public struct AlterPartitionResponse: KafkaResponse {
    public static let messageName = "AlterPartitionResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 56)
    public typealias Request = AlterPartitionRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Topics
    /// Versions 0+.
    public var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        topics: [TopicData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterPartitionResponse.errorCode")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionResponse.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionResponse")
        }
    }

    /// TopicData, in AlterPartitionResponse versions 0-3.
    public struct TopicData: ProtocolStruct {
        /// The name of the topic
        /// Versions 0-1, ignorable.
        public var topicName: String = ""
        /// The ID of the topic
        /// Versions 2+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Partitions
        /// Versions 0+.
        public var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [PartitionData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            if version <= 1 {
                try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "AlterPartitionResponse.TopicData.topicName")
            }
            if version >= 2 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            if version <= 1 {
                self.topicName = try buffer.readKafkaString(flexible: flexible, "AlterPartitionResponse.TopicData.topicName")
            }
            if version >= 2 {
                self.topicId = try buffer.readKafkaUuid("AlterPartitionResponse.TopicData.topicId")
            }
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionResponse.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionResponse.TopicData")
            }
        }
    }

    /// PartitionData, in AlterPartitionResponse versions 0-3.
    public struct PartitionData: ProtocolStruct {
        /// The partition index
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The partition level error code
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The broker ID of the leader.
        /// Versions 0+.
        public var leaderId: Int32 = 0
        /// The leader epoch.
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// The in-sync replica IDs.
        /// Versions 0+.
        public var isr: [Int32] = []
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        /// Versions 1+, ignorable.
        public var leaderRecoveryState: Int8 = 0
        /// The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers.
        /// Versions 0+.
        public var partitionEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            leaderId: Int32 = 0,
            leaderEpoch: Int32 = 0,
            isr: [Int32] = [],
            leaderRecoveryState: Int8 = 0,
            partitionEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.isr = isr
            self.leaderRecoveryState = leaderRecoveryState
            self.partitionEpoch = partitionEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            writer.buffer.writeKafkaArrayCount(self.isr.count, flexible: flexible)
            for element in self.isr {
                writer.buffer.writeInteger(element)
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.leaderRecoveryState)
            }
            writer.buffer.writeInteger(self.partitionEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionResponse.PartitionData.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterPartitionResponse.PartitionData.errorCode")
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionResponse.PartitionData.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionResponse.PartitionData.leaderEpoch")
            self.isr = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "AlterPartitionResponse.PartitionData.isr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "AlterPartitionResponse.PartitionData.isr") }
            if version >= 1 {
                self.leaderRecoveryState = try buffer.readKafkaInteger(as: Int8.self, "AlterPartitionResponse.PartitionData.leaderRecoveryState")
            }
            self.partitionEpoch = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionResponse.PartitionData.partitionEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionResponse.PartitionData")
            }
        }
    }
}
