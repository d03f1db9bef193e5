// generated from clients/OffsetCommitResponse.json, do not edit (make regenerate)

import NIOCore

/// OffsetCommitResponse: Kafka response (key 8), versions 0-9, flexible versions 8+.
public struct OffsetCommitResponse: KafkaResponse {
    public static let messageName = "OffsetCommitResponse"
    public static let validVersions = VersionRange(0, 9)
    public static let flexibleVersions = VersionRange(8, 32767)
    public static let apiKey = ApiKey(rawValue: 8)
    public typealias Request = OffsetCommitRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 3+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    /// Versions 0+.
    public var topics: [OffsetCommitResponseTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [OffsetCommitResponseTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 8
        if version >= 3 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 8
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitResponse.throttleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetCommitResponse.topics") { elementBuffer in try OffsetCommitResponseTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetCommitResponse")
        }
    }

    /// OffsetCommitResponseTopic, in OffsetCommitResponse versions 0-9.
    public struct OffsetCommitResponseTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The responses for each partition in the topic.
        /// Versions 0+.
        public var partitions: [OffsetCommitResponsePartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [OffsetCommitResponsePartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 8
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetCommitResponse.OffsetCommitResponseTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitResponse.OffsetCommitResponseTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 8
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetCommitResponse.OffsetCommitResponseTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetCommitResponse.OffsetCommitResponseTopic.partitions") { elementBuffer in try OffsetCommitResponsePartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetCommitResponse.OffsetCommitResponseTopic")
            }
        }
    }

    /// OffsetCommitResponsePartition, in OffsetCommitResponse versions 0-9.
    public struct OffsetCommitResponsePartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
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
            let flexible = version >= 8
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitResponse.OffsetCommitResponsePartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 8
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitResponse.OffsetCommitResponsePartition.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetCommitResponse.OffsetCommitResponsePartition.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetCommitResponse.OffsetCommitResponsePartition")
            }
        }
    }
}
