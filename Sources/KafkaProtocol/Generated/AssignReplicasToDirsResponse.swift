// generated from clients/AssignReplicasToDirsResponse.json, do not edit (make regenerate)

import NIOCore

/// AssignReplicasToDirsResponse: Kafka response (key 73), versions 0, flexible versions 0+.
public struct AssignReplicasToDirsResponse: KafkaResponse {
    public static let messageName = "AssignReplicasToDirsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 73)
    public typealias Request = AssignReplicasToDirsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Directories
    /// Versions 0+.
    public var directories: [DirectoryData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        directories: [DirectoryData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.directories = directories
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.directories.count, flexible: flexible)
        for element in self.directories {
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AssignReplicasToDirsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AssignReplicasToDirsResponse.errorCode")
        self.directories = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AssignReplicasToDirsResponse.directories") { elementBuffer in try DirectoryData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsResponse")
        }
    }

    /// DirectoryData, in AssignReplicasToDirsResponse versions 0.
    public struct DirectoryData: ProtocolStruct {
        /// The ID of the directory
        /// Versions 0+.
        public var id: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Topics
        /// Versions 0+.
        public var topics: [TopicData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            id: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            topics: [TopicData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.id = id
            self.topics = topics
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.id)
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
            self.id = try buffer.readKafkaUuid("AssignReplicasToDirsResponse.DirectoryData.id")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AssignReplicasToDirsResponse.DirectoryData.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsResponse.DirectoryData")
            }
        }
    }

    /// TopicData, in AssignReplicasToDirsResponse versions 0.
    public struct TopicData: ProtocolStruct {
        /// The ID of the assigned topic
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Partitions
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
            self.topicId = try buffer.readKafkaUuid("AssignReplicasToDirsResponse.TopicData.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AssignReplicasToDirsResponse.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsResponse.TopicData")
            }
        }
    }

    /// PartitionData, in AssignReplicasToDirsResponse versions 0.
    public struct PartitionData: ProtocolStruct {
        /// The partition index
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The partition level error code
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AssignReplicasToDirsResponse.PartitionData.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AssignReplicasToDirsResponse.PartitionData.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsResponse.PartitionData")
            }
        }
    }
}
