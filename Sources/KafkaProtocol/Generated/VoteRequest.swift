// generated from clients/VoteRequest.json, do not edit (make regenerate)

import NIOCore

/// VoteRequest: Kafka request (key 52), versions 0-1, flexible versions 0+.
public struct VoteRequest: KafkaRequest {
    public static let messageName = "VoteRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 52)
    public typealias Response = VoteResponse

    /// ClusterId
    /// Versions 0+, nullable 0+.
    public var clusterId: String? = nil
    /// The replica id of the voter receiving the request
    /// Versions 1+, ignorable.
    public var voterId: Int32 = -1
    /// Topics
    /// Versions 0+.
    public var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String? = nil,
        voterId: Int32 = -1,
        topics: [TopicData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.voterId = voterId
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.clusterId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "VoteRequest.clusterId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "VoteRequest.clusterId")
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.voterId)
        }
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
        self.clusterId = try buffer.readKafkaNullableString(flexible: flexible, "VoteRequest.clusterId")
        if version >= 1 {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self, "VoteRequest.voterId")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "VoteRequest.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "VoteRequest")
        }
    }

    /// TopicData, in VoteRequest versions 0-1.
    public struct TopicData: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var topicName: String = ""
        /// Partitions
        /// Versions 0+.
        public var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitions: [PartitionData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "VoteRequest.TopicData.topicName")
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
            self.topicName = try buffer.readKafkaString(flexible: flexible, "VoteRequest.TopicData.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "VoteRequest.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "VoteRequest.TopicData")
            }
        }
    }

    /// PartitionData, in VoteRequest versions 0-1.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The bumped epoch of the candidate sending the request
        /// Versions 0+.
        public var candidateEpoch: Int32 = 0
        /// The replica id of the voter sending the request
        /// Versions 0+.
        public var candidateId: Int32 = 0
        /// The directory id of the voter sending the request
        /// Versions 1+, ignorable.
        public var candidateDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The ID of the voter sending the request
        /// Versions 1+, ignorable.
        public var voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The epoch of the last record written to the metadata log
        /// Versions 0+.
        public var lastOffsetEpoch: Int32 = 0
        /// The offset of the last record written to the metadata log
        /// Versions 0+.
        public var lastOffset: Int64 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            candidateEpoch: Int32 = 0,
            candidateId: Int32 = 0,
            candidateDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            lastOffsetEpoch: Int32 = 0,
            lastOffset: Int64 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.candidateEpoch = candidateEpoch
            self.candidateId = candidateId
            self.candidateDirectoryId = candidateDirectoryId
            self.voterDirectoryId = voterDirectoryId
            self.lastOffsetEpoch = lastOffsetEpoch
            self.lastOffset = lastOffset
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.candidateEpoch)
            writer.buffer.writeInteger(self.candidateId)
            if version >= 1 {
                writer.buffer.writeKafkaUuid(self.candidateDirectoryId)
            }
            if version >= 1 {
                writer.buffer.writeKafkaUuid(self.voterDirectoryId)
            }
            writer.buffer.writeInteger(self.lastOffsetEpoch)
            writer.buffer.writeInteger(self.lastOffset)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "VoteRequest.PartitionData.partitionIndex")
            self.candidateEpoch = try buffer.readKafkaInteger(as: Int32.self, "VoteRequest.PartitionData.candidateEpoch")
            self.candidateId = try buffer.readKafkaInteger(as: Int32.self, "VoteRequest.PartitionData.candidateId")
            if version >= 1 {
                self.candidateDirectoryId = try buffer.readKafkaUuid("VoteRequest.PartitionData.candidateDirectoryId")
            }
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUuid("VoteRequest.PartitionData.voterDirectoryId")
            }
            self.lastOffsetEpoch = try buffer.readKafkaInteger(as: Int32.self, "VoteRequest.PartitionData.lastOffsetEpoch")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "VoteRequest.PartitionData.lastOffset")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "VoteRequest.PartitionData")
            }
        }
    }
}
