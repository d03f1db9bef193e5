// generated from clients/TxnOffsetCommitResponse.json, do not edit (make regenerate)

import NIOCore

/// TxnOffsetCommitResponse: Kafka response (key 28), versions 0-4, flexible versions 3+.
public struct TxnOffsetCommitResponse: KafkaResponse {
    public static let messageName = "TxnOffsetCommitResponse"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 28)
    public typealias Request = TxnOffsetCommitRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    /// Versions 0+.
    public var topics: [TxnOffsetCommitResponseTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [TxnOffsetCommitResponseTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitResponse.throttleTimeMs")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "TxnOffsetCommitResponse.topics") { elementBuffer in try TxnOffsetCommitResponseTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TxnOffsetCommitResponse")
        }
    }

    /// TxnOffsetCommitResponseTopic, in TxnOffsetCommitResponse versions 0-4.
    public struct TxnOffsetCommitResponseTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The responses for each partition in the topic.
        /// Versions 0+.
        public var partitions: [TxnOffsetCommitResponsePartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [TxnOffsetCommitResponsePartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 3
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(flexible: flexible, "TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.partitions") { elementBuffer in try TxnOffsetCommitResponsePartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic")
            }
        }
    }

    /// TxnOffsetCommitResponsePartition, in TxnOffsetCommitResponse versions 0-4.
    public struct TxnOffsetCommitResponsePartition: ProtocolStruct {
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
            let flexible = version >= 3
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition")
            }
        }
    }
}
