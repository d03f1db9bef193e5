// generated from clients/AssignReplicasToDirsRequest.json, do not edit (make regenerate)

import NIOCore

/// AssignReplicasToDirsRequest: Kafka request (key 73), versions 0, flexible versions 0+.
public struct AssignReplicasToDirsRequest: KafkaRequest {
    public static let messageName = "AssignReplicasToDirsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 73)
    public typealias Response = AssignReplicasToDirsResponse

    /// The ID of the requesting broker
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// The epoch of the requesting broker
    /// Versions 0+.
    public var brokerEpoch: Int64 = -1
    /// Directories
    /// Versions 0+.
    public var directories: [DirectoryData] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        brokerEpoch: Int64 = -1,
        directories: [DirectoryData] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.brokerEpoch = brokerEpoch
        self.directories = directories
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        writer.buffer.writeInteger(self.brokerEpoch)
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
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "AssignReplicasToDirsRequest.brokerId")
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "AssignReplicasToDirsRequest.brokerEpoch")
        self.directories = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AssignReplicasToDirsRequest.directories") { elementBuffer in try DirectoryData(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsRequest")
        }
    }

    /// DirectoryData, in AssignReplicasToDirsRequest versions 0.
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
            self.id = try buffer.readKafkaUuid("AssignReplicasToDirsRequest.DirectoryData.id")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AssignReplicasToDirsRequest.DirectoryData.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsRequest.DirectoryData")
            }
        }
    }

    /// TopicData, in AssignReplicasToDirsRequest versions 0.
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
            self.topicId = try buffer.readKafkaUuid("AssignReplicasToDirsRequest.TopicData.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AssignReplicasToDirsRequest.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsRequest.TopicData")
            }
        }
    }

    /// PartitionData, in AssignReplicasToDirsRequest versions 0.
    public struct PartitionData: ProtocolStruct {
        /// The partition index
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
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AssignReplicasToDirsRequest.PartitionData.partitionIndex")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AssignReplicasToDirsRequest.PartitionData")
            }
        }
    }
}
