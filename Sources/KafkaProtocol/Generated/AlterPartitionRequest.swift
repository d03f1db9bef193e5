// generated from clients/AlterPartitionRequest.json, do not edit (make regenerate)

import NIOCore

/// AlterPartitionRequest: Kafka request (key 56), versions 0-3, flexible versions 0+.
public struct AlterPartitionRequest: KafkaRequest {
    public static let messageName = "AlterPartitionRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 56)
    public typealias Response = AlterPartitionResponse

    /// The ID of the requesting broker
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// The epoch of the requesting broker
    /// Versions 0+.
    public var brokerEpoch: Int64 = -1
    /// Topics
    /// Versions 0+.
    public var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        brokerEpoch: Int64 = -1,
        topics: [TopicData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.brokerEpoch = brokerEpoch
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        writer.buffer.writeInteger(self.brokerEpoch)
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
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionRequest.brokerId")
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "AlterPartitionRequest.brokerEpoch")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionRequest.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionRequest")
        }
    }

    /// TopicData, in AlterPartitionRequest versions 0-3.
    public struct TopicData: ProtocolStruct {
        /// The name of the topic to alter ISRs for
        /// Versions 0-1, ignorable.
        public var topicName: String = ""
        /// The ID of the topic to alter ISRs for
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
                try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "AlterPartitionRequest.TopicData.topicName")
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
                self.topicName = try buffer.readKafkaString(flexible: flexible, "AlterPartitionRequest.TopicData.topicName")
            }
            if version >= 2 {
                self.topicId = try buffer.readKafkaUuid("AlterPartitionRequest.TopicData.topicId")
            }
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionRequest.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionRequest.TopicData")
            }
        }
    }

    /// PartitionData, in AlterPartitionRequest versions 0-3.
    public struct PartitionData: ProtocolStruct {
        /// The partition index
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The leader epoch of this partition
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// The ISR for this partition. Deprecated since version 3.
        /// Versions 0-2.
        public var newIsr: [Int32] = []
        /// NewIsrWithEpochs
        /// Versions 3+.
        public var newIsrWithEpochs: [BrokerState] = []
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        /// Versions 1+.
        public var leaderRecoveryState: Int8 = 0
        /// The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request.
        /// Versions 0+.
        public var partitionEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            leaderEpoch: Int32 = 0,
            newIsr: [Int32] = [],
            newIsrWithEpochs: [BrokerState] = [],
            leaderRecoveryState: Int8 = 0,
            partitionEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.leaderEpoch = leaderEpoch
            self.newIsr = newIsr
            self.newIsrWithEpochs = newIsrWithEpochs
            self.leaderRecoveryState = leaderRecoveryState
            self.partitionEpoch = partitionEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.leaderEpoch)
            if version <= 2 {
                writer.buffer.writeKafkaArrayCount(self.newIsr.count, flexible: flexible)
                for element in self.newIsr {
                    writer.buffer.writeInteger(element)
                }
            }
            if !(version <= 2) && self.newIsr != [] {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterPartitionRequest.PartitionData", field: "newIsr", version: version)
            }
            if version >= 3 {
                writer.buffer.writeKafkaArrayCount(self.newIsrWithEpochs.count, flexible: flexible)
                for element in self.newIsrWithEpochs {
                    try element.write(to: &writer, version: version)
                }
            }
            if !(version >= 3) && self.newIsrWithEpochs != [] {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterPartitionRequest.PartitionData", field: "newIsrWithEpochs", version: version)
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.leaderRecoveryState)
            }
            if !(version >= 1) && self.leaderRecoveryState != 0 {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterPartitionRequest.PartitionData", field: "leaderRecoveryState", version: version)
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
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionRequest.PartitionData.partitionIndex")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionRequest.PartitionData.leaderEpoch")
            if version <= 2 {
                self.newIsr = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "AlterPartitionRequest.PartitionData.newIsr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "AlterPartitionRequest.PartitionData.newIsr") }
            }
            if version >= 3 {
                self.newIsrWithEpochs = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionRequest.PartitionData.newIsrWithEpochs") { elementBuffer in try BrokerState(from: &elementBuffer, version: version) }
            }
            if version >= 1 {
                self.leaderRecoveryState = try buffer.readKafkaInteger(as: Int8.self, "AlterPartitionRequest.PartitionData.leaderRecoveryState")
            }
            self.partitionEpoch = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionRequest.PartitionData.partitionEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionRequest.PartitionData")
            }
        }
    }

    /// BrokerState, in AlterPartitionRequest versions 3.
    public struct BrokerState: ProtocolStruct {
        /// The ID of the broker.
        /// Versions 3+.
        public var brokerId: Int32 = 0
        /// The epoch of the broker. It will be -1 if the epoch check is not supported.
        /// Versions 3+.
        public var brokerEpoch: Int64 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            brokerId: Int32 = 0,
            brokerEpoch: Int64 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.brokerId = brokerId
            self.brokerEpoch = brokerEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.brokerId)
            writer.buffer.writeInteger(self.brokerEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionRequest.BrokerState.brokerId")
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "AlterPartitionRequest.BrokerState.brokerEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionRequest.BrokerState")
            }
        }
    }
}
