// generated from clients/ReadShareGroupStateSummaryRequest.json, do not edit (make regenerate)

import NIOCore

/// ReadShareGroupStateSummaryRequest: Kafka request (key 87), versions 0, flexible versions 0+.
/// The latest version is unstable (latestVersionUnstable).
public struct ReadShareGroupStateSummaryRequest: KafkaRequest {
    public static let messageName = "ReadShareGroupStateSummaryRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 87)
    public typealias Response = ReadShareGroupStateSummaryResponse

    /// The group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// The data for the topics.
    /// Versions 0+.
    public var topics: [ReadStateSummaryData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        topics: [ReadStateSummaryData] = [],
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
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "ReadShareGroupStateSummaryRequest.groupId")
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
        self.groupId = try buffer.readKafkaString(flexible: flexible, "ReadShareGroupStateSummaryRequest.groupId")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ReadShareGroupStateSummaryRequest.topics") { elementBuffer in try ReadStateSummaryData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ReadShareGroupStateSummaryRequest")
        }
    }

    /// ReadStateSummaryData, in ReadShareGroupStateSummaryRequest versions 0.
    public struct ReadStateSummaryData: ProtocolStruct {
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
            self.topicId = try buffer.readKafkaUuid("ReadShareGroupStateSummaryRequest.ReadStateSummaryData.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ReadShareGroupStateSummaryRequest.ReadStateSummaryData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ReadShareGroupStateSummaryRequest.ReadStateSummaryData")
            }
        }
    }

    /// PartitionData, in ReadShareGroupStateSummaryRequest versions 0.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The leader epoch of the share-partition.
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            leaderEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.leaderEpoch = leaderEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partition)
            writer.buffer.writeInteger(self.leaderEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateSummaryRequest.PartitionData.partition")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateSummaryRequest.PartitionData.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ReadShareGroupStateSummaryRequest.PartitionData")
            }
        }
    }
}
