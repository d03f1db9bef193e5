// generated from clients/OffsetDeleteResponse.json, do not edit (make regenerate)

import NIOCore

/// OffsetDeleteResponse: Kafka response (key 47), versions 0, flexible versions none.
public struct OffsetDeleteResponse: KafkaResponse {
    public static let messageName = "OffsetDeleteResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange.none
    public static let apiKey = ApiKey(rawValue: 47)
    public typealias Request = OffsetDeleteRequest

    /// The top-level error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    /// Versions 0+.
    public var topics: [OffsetDeleteResponseTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        throttleTimeMs: Int32 = 0,
        topics: [OffsetDeleteResponseTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetDeleteResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetDeleteResponse.errorCode")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetDeleteResponse.throttleTimeMs")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetDeleteResponse.topics") { elementBuffer in try OffsetDeleteResponseTopic(from: &elementBuffer, version: version) }
    }

    /// OffsetDeleteResponseTopic, in OffsetDeleteResponse versions 0.
    public struct OffsetDeleteResponseTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The responses for each partition in the topic.
        /// Versions 0+.
        public var partitions: [OffsetDeleteResponsePartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [OffsetDeleteResponsePartition] = [],
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetDeleteResponse.OffsetDeleteResponseTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetDeleteResponse.OffsetDeleteResponseTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = false
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetDeleteResponse.OffsetDeleteResponseTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetDeleteResponse.OffsetDeleteResponseTopic.partitions") { elementBuffer in try OffsetDeleteResponsePartition(from: &elementBuffer, version: version) }
        }
    }

    /// OffsetDeleteResponsePartition, in OffsetDeleteResponse versions 0.
    public struct OffsetDeleteResponsePartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+, map key.
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
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetDeleteResponse.OffsetDeleteResponsePartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetDeleteResponse.OffsetDeleteResponsePartition.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetDeleteResponse.OffsetDeleteResponsePartition.errorCode")
        }
    }
}

extension Array where Element == OffsetDeleteResponse.OffsetDeleteResponseTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == OffsetDeleteResponse.OffsetDeleteResponsePartition {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(partitionIndex: Int32) -> Element? {
        self.first { $0.partitionIndex == partitionIndex }
    }
}
