// generated from clients/DeleteShareGroupStateRequest.json, do not edit (make regenerate)

import NIOCore

/// DeleteShareGroupStateRequest: Kafka request (key 86), versions 0, flexible versions 0+.
/// The latest version is unstable (latestVersionUnstable).
public struct DeleteShareGroupStateRequest: KafkaRequest {
    public static let messageName = "DeleteShareGroupStateRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 86)
    public typealias Response = DeleteShareGroupStateResponse

    /// The group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// The data for the topics.
    /// Versions 0+.
    public var topics: [DeleteStateData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        topics: [DeleteStateData] = [],
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
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "DeleteShareGroupStateRequest.groupId")
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
        self.groupId = try buffer.readKafkaString(flexible: flexible, "DeleteShareGroupStateRequest.groupId")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteShareGroupStateRequest.topics") { elementBuffer in try DeleteStateData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteShareGroupStateRequest")
        }
    }

    /// DeleteStateData, in DeleteShareGroupStateRequest versions 0.
    public struct DeleteStateData: ProtocolStruct {
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
            self.topicId = try buffer.readKafkaUuid("DeleteShareGroupStateRequest.DeleteStateData.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteShareGroupStateRequest.DeleteStateData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteShareGroupStateRequest.DeleteStateData")
            }
        }
    }

    /// PartitionData, in DeleteShareGroupStateRequest versions 0.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partition)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "DeleteShareGroupStateRequest.PartitionData.partition")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteShareGroupStateRequest.PartitionData")
            }
        }
    }
}
