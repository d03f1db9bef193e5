// generated from group-coordinator/ConsumerGroupPartitionMetadataValue.json, do not edit (make regenerate)

import NIOCore

/// ConsumerGroupPartitionMetadataValue: Kafka data, versions 0, flexible versions 0+.
public struct ConsumerGroupPartitionMetadataValue: ProtocolMessage {
    public static let messageName = "ConsumerGroupPartitionMetadataValue"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The list of topic metadata.
    /// Versions 0+.
    public var topics: [TopicMetadata] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [TopicMetadata] = [],
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
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupPartitionMetadataValue.topics") { elementBuffer in try TopicMetadata(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupPartitionMetadataValue")
        }
    }

    /// TopicMetadata, in ConsumerGroupPartitionMetadataValue versions 0.
    public struct TopicMetadata: ProtocolStruct {
        /// The topic id.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The topic name.
        /// Versions 0+.
        public var topicName: String = ""
        /// The number of partitions of the topic.
        /// Versions 0+.
        public var numPartitions: Int32 = 0
        /// Deprecated: this field is not used after 4.0. Partitions mapped to a set of racks. If the rack information is unavailable for all the partitions, an empty list is stored
        /// Versions 0+.
        public var partitionMetadata: [PartitionMetadata] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            topicName: String = "",
            numPartitions: Int32 = 0,
            partitionMetadata: [PartitionMetadata] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.topicName = topicName
            self.numPartitions = numPartitions
            self.partitionMetadata = partitionMetadata
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "ConsumerGroupPartitionMetadataValue.TopicMetadata.topicName")
            writer.buffer.writeInteger(self.numPartitions)
            writer.buffer.writeKafkaArrayCount(self.partitionMetadata.count, flexible: flexible)
            for element in self.partitionMetadata {
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
            self.topicId = try buffer.readKafkaUuid("ConsumerGroupPartitionMetadataValue.TopicMetadata.topicId")
            self.topicName = try buffer.readKafkaString(flexible: flexible, "ConsumerGroupPartitionMetadataValue.TopicMetadata.topicName")
            self.numPartitions = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupPartitionMetadataValue.TopicMetadata.numPartitions")
            self.partitionMetadata = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupPartitionMetadataValue.TopicMetadata.partitionMetadata") { elementBuffer in try PartitionMetadata(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupPartitionMetadataValue.TopicMetadata")
            }
        }
    }

    /// PartitionMetadata, in ConsumerGroupPartitionMetadataValue versions 0.
    public struct PartitionMetadata: ProtocolStruct {
        /// The partition number.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The set of racks that the partition is mapped to.
        /// Versions 0+.
        public var racks: [String] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            racks: [String] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.racks = racks
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partition)
            writer.buffer.writeKafkaArrayCount(self.racks.count, flexible: flexible)
            for element in self.racks {
                try writer.buffer.writeKafkaString(element, flexible: flexible, "ConsumerGroupPartitionMetadataValue.PartitionMetadata.racks")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupPartitionMetadataValue.PartitionMetadata.partition")
            self.racks = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupPartitionMetadataValue.PartitionMetadata.racks") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ConsumerGroupPartitionMetadataValue.PartitionMetadata.racks") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupPartitionMetadataValue.PartitionMetadata")
            }
        }
    }
}
