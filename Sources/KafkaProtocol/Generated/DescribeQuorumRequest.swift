// generated from clients/DescribeQuorumRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeQuorumRequest: Kafka request (key 55), versions 0-2, flexible versions 0+.
public struct DescribeQuorumRequest: KafkaRequest {
    public static let messageName = "DescribeQuorumRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 55)
    public typealias Response = DescribeQuorumResponse

    /// Topics
    /// Versions 0+.
    public var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [TopicData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
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
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumRequest.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumRequest")
        }
    }

    /// TopicData, in DescribeQuorumRequest versions 0-2.
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
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "DescribeQuorumRequest.TopicData.topicName")
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
            self.topicName = try buffer.readKafkaString(flexible: flexible, "DescribeQuorumRequest.TopicData.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumRequest.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumRequest.TopicData")
            }
        }
    }

    /// PartitionData, in DescribeQuorumRequest versions 0-2.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumRequest.PartitionData.partitionIndex")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumRequest.PartitionData")
            }
        }
    }
}
