// generated from clients/OffsetDeleteRequest.json, do not edit (make regenerate)

import NIOCore

/// OffsetDeleteRequest: Kafka request (key 47), versions 0, flexible versions none.
public struct OffsetDeleteRequest: KafkaRequest {
    public static let messageName = "OffsetDeleteRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange.none
    public static let apiKey = ApiKey(rawValue: 47)
    public typealias Response = OffsetDeleteResponse

    /// The unique group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// The topics to delete offsets for
    /// Versions 0+.
    public var topics: [OffsetDeleteRequestTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        topics: [OffsetDeleteRequestTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "OffsetDeleteRequest.groupId")
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetDeleteRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.groupId = try buffer.readKafkaString(flexible: flexible, "OffsetDeleteRequest.groupId")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetDeleteRequest.topics") { elementBuffer in try OffsetDeleteRequestTopic(from: &elementBuffer, version: version) }
    }

    /// OffsetDeleteRequestTopic, in OffsetDeleteRequest versions 0.
    public struct OffsetDeleteRequestTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// Each partition to delete offsets for.
        /// Versions 0+.
        public var partitions: [OffsetDeleteRequestPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [OffsetDeleteRequestPartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = false
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetDeleteRequest.OffsetDeleteRequestTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetDeleteRequest.OffsetDeleteRequestTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = false
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetDeleteRequest.OffsetDeleteRequestTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetDeleteRequest.OffsetDeleteRequestTopic.partitions") { elementBuffer in try OffsetDeleteRequestPartition(from: &elementBuffer, version: version) }
        }
    }

    /// OffsetDeleteRequestPartition, in OffsetDeleteRequest versions 0.
    public struct OffsetDeleteRequestPartition: ProtocolStruct {
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
            writer.buffer.writeInteger(self.partitionIndex)
            if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetDeleteRequest.OffsetDeleteRequestPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetDeleteRequest.OffsetDeleteRequestPartition.partitionIndex")
        }
    }
}

extension Array where Element == OffsetDeleteRequest.OffsetDeleteRequestTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
