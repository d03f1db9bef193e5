// generated from group-coordinator/ShareGroupStatePartitionMetadataValue.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupStatePartitionMetadataValue: Kafka data, versions 0, flexible versions 0+.
public struct ShareGroupStatePartitionMetadataValue: ProtocolMessage {
    public static let messageName = "ShareGroupStatePartitionMetadataValue"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The topics with initialized share-group state.
    /// Versions 0+.
    public var initializedTopics: [TopicPartitionsInfo] = []
    /// The topics whose share-group state is being deleted.
    /// Versions 0+.
    public var deletingTopics: [TopicInfo] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        initializedTopics: [TopicPartitionsInfo] = [],
        deletingTopics: [TopicInfo] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.initializedTopics = initializedTopics
        self.deletingTopics = deletingTopics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.initializedTopics.count, flexible: flexible)
        for element in self.initializedTopics {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.deletingTopics.count, flexible: flexible)
        for element in self.deletingTopics {
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
        self.initializedTopics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupStatePartitionMetadataValue.initializedTopics") { elementBuffer in try TopicPartitionsInfo(from: &elementBuffer, version: version) }
        self.deletingTopics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupStatePartitionMetadataValue.deletingTopics") { elementBuffer in try TopicInfo(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupStatePartitionMetadataValue")
        }
    }

    /// TopicPartitionsInfo, in ShareGroupStatePartitionMetadataValue versions 0.
    public struct TopicPartitionsInfo: ProtocolStruct {
        /// The topic identifier.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The topic name.
        /// Versions 0+.
        public var topicName: String = ""
        /// The partitions.
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            topicName: String = "",
            partitions: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.topicName = topicName
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.topicId = try buffer.readKafkaUuid("ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo.topicId")
            self.topicName = try buffer.readKafkaString(flexible: flexible, "ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupStatePartitionMetadataValue.TopicPartitionsInfo")
            }
        }
    }

    /// TopicInfo, in ShareGroupStatePartitionMetadataValue versions 0.
    public struct TopicInfo: ProtocolStruct {
        /// The topic identifier.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The topic name.
        /// Versions 0+.
        public var topicName: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            topicName: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.topicName = topicName
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "ShareGroupStatePartitionMetadataValue.TopicInfo.topicName")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.topicId = try buffer.readKafkaUuid("ShareGroupStatePartitionMetadataValue.TopicInfo.topicId")
            self.topicName = try buffer.readKafkaString(flexible: flexible, "ShareGroupStatePartitionMetadataValue.TopicInfo.topicName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupStatePartitionMetadataValue.TopicInfo")
            }
        }
    }
}
