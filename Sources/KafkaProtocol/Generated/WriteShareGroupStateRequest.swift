// generated from clients/WriteShareGroupStateRequest.json, do not edit (make regenerate)

import NIOCore

/// WriteShareGroupStateRequest: Kafka request (key 85), versions 0, flexible versions 0+.
/// The latest version is unstable (latestVersionUnstable).
public struct WriteShareGroupStateRequest: KafkaRequest {
    public static let messageName = "WriteShareGroupStateRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 85)
    public typealias Response = WriteShareGroupStateResponse

    /// The group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// The data for the topics.
    /// Versions 0+.
    public var topics: [WriteStateData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        topics: [WriteStateData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "WriteShareGroupStateRequest.groupId")
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
        self.groupId = try buffer.readKafkaString(flexible: flexible, "WriteShareGroupStateRequest.groupId")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteShareGroupStateRequest.topics") { elementBuffer in try WriteStateData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteShareGroupStateRequest")
        }
    }

    /// WriteStateData, in WriteShareGroupStateRequest versions 0.
    public struct WriteStateData: ProtocolStruct {
        /// The topic identifier.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The data for the partitions.
        /// Versions 0+.
        public var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [PartitionData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
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
            self.topicId = try buffer.readKafkaUuid("WriteShareGroupStateRequest.WriteStateData.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteShareGroupStateRequest.WriteStateData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteShareGroupStateRequest.WriteStateData")
            }
        }
    }

    /// PartitionData, in WriteShareGroupStateRequest versions 0.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The state epoch for this share-partition.
        /// Versions 0+.
        public var stateEpoch: Int32 = 0
        /// The leader epoch of the share-partition.
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// The share-partition start offset, or -1 if the start offset is not being written.
        /// Versions 0+.
        public var startOffset: Int64 = 0
        /// StateBatches
        /// Versions 0+.
        public var stateBatches: [StateBatch] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            stateEpoch: Int32 = 0,
            leaderEpoch: Int32 = 0,
            startOffset: Int64 = 0,
            stateBatches: [StateBatch] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.stateEpoch = stateEpoch
            self.leaderEpoch = leaderEpoch
            self.startOffset = startOffset
            self.stateBatches = stateBatches
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partition)
            writer.buffer.writeInteger(self.stateEpoch)
            writer.buffer.writeInteger(self.leaderEpoch)
            writer.buffer.writeInteger(self.startOffset)
            writer.buffer.writeKafkaArrayCount(self.stateBatches.count, flexible: flexible)
            for element in self.stateBatches {
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
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateRequest.PartitionData.partition")
            self.stateEpoch = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateRequest.PartitionData.stateEpoch")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateRequest.PartitionData.leaderEpoch")
            self.startOffset = try buffer.readKafkaInteger(as: Int64.self, "WriteShareGroupStateRequest.PartitionData.startOffset")
            self.stateBatches = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteShareGroupStateRequest.PartitionData.stateBatches") { elementBuffer in try StateBatch(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteShareGroupStateRequest.PartitionData")
            }
        }
    }

    /// StateBatch, in WriteShareGroupStateRequest versions 0.
    public struct StateBatch: ProtocolStruct {
        /// The base offset of this state batch.
        /// Versions 0+.
        public var firstOffset: Int64 = 0
        /// The last offset of this state batch.
        /// Versions 0+.
        public var lastOffset: Int64 = 0
        /// The state - 0:Available,2:Acked,4:Archived
        /// Versions 0+.
        public var deliveryState: Int8 = 0
        /// The delivery count.
        /// Versions 0+.
        public var deliveryCount: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            firstOffset: Int64 = 0,
            lastOffset: Int64 = 0,
            deliveryState: Int8 = 0,
            deliveryCount: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.firstOffset = firstOffset
            self.lastOffset = lastOffset
            self.deliveryState = deliveryState
            self.deliveryCount = deliveryCount
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.firstOffset)
            writer.buffer.writeInteger(self.lastOffset)
            writer.buffer.writeInteger(self.deliveryState)
            writer.buffer.writeInteger(self.deliveryCount)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "WriteShareGroupStateRequest.StateBatch.firstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "WriteShareGroupStateRequest.StateBatch.lastOffset")
            self.deliveryState = try buffer.readKafkaInteger(as: Int8.self, "WriteShareGroupStateRequest.StateBatch.deliveryState")
            self.deliveryCount = try buffer.readKafkaInteger(as: Int16.self, "WriteShareGroupStateRequest.StateBatch.deliveryCount")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteShareGroupStateRequest.StateBatch")
            }
        }
    }
}
