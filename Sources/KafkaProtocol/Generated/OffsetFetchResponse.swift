// generated from clients/OffsetFetchResponse.json, do not edit (make regenerate)

import NIOCore

/// OffsetFetchResponse: Kafka response (key 9), versions 0-9, flexible versions 6+.
public struct OffsetFetchResponse: KafkaResponse {
    public static let messageName = "OffsetFetchResponse"
    public static let validVersions = VersionRange(0, 9)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 9)
    public typealias Request = OffsetFetchRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 3+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The responses per topic.
    /// Versions 0-7.
    public var topics: [OffsetFetchResponseTopic] = []
    /// The top-level error code, or 0 if there was no error.
    /// Versions 2-7, ignorable.
    public var errorCode: Int16 = 0
    /// The responses per group id.
    /// Versions 8+.
    public var groups: [OffsetFetchResponseGroup] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [OffsetFetchResponseTopic] = [],
        errorCode: Int16 = 0,
        groups: [OffsetFetchResponseGroup] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.errorCode = errorCode
        self.groups = groups
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
        if version >= 3 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        if version <= 7 {
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version <= 7) && self.topics != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchResponse", field: "topics", version: version)
        }
        if version >= 2 && version <= 7 {
            writer.buffer.writeInteger(self.errorCode)
        }
        if version >= 8 {
            writer.buffer.writeKafkaArrayCount(self.groups.count, flexible: flexible)
            for element in self.groups {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 8) && self.groups != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchResponse", field: "groups", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.throttleTimeMs")
        }
        if version <= 7 {
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchResponse.topics") { elementBuffer in try OffsetFetchResponseTopic(from: &elementBuffer, version: version) }
        }
        if version >= 2 && version <= 7 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.errorCode")
        }
        if version >= 8 {
            self.groups = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchResponse.groups") { elementBuffer in try OffsetFetchResponseGroup(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchResponse")
        }
    }

    /// OffsetFetchResponseTopic, in OffsetFetchResponse versions 0-7.
    public struct OffsetFetchResponseTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0-7.
        public var name: String = ""
        /// The responses per partition
        /// Versions 0-7.
        public var partitions: [OffsetFetchResponsePartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [OffsetFetchResponsePartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetFetchResponse.OffsetFetchResponseTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchResponse.OffsetFetchResponseTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetFetchResponse.OffsetFetchResponseTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchResponse.OffsetFetchResponseTopic.partitions") { elementBuffer in try OffsetFetchResponsePartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchResponse.OffsetFetchResponseTopic")
            }
        }
    }

    /// OffsetFetchResponsePartition, in OffsetFetchResponse versions 0-7.
    public struct OffsetFetchResponsePartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0-7.
        public var partitionIndex: Int32 = 0
        /// The committed message offset.
        /// Versions 0-7.
        public var committedOffset: Int64 = 0
        /// The leader epoch.
        /// Versions 5-7, ignorable.
        public var committedLeaderEpoch: Int32 = -1
        /// The partition metadata.
        /// Versions 0-7, nullable 0-7.
        public var metadata: String? = ""
        /// The error code, or 0 if there was no error.
        /// Versions 0-7.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            committedOffset: Int64 = 0,
            committedLeaderEpoch: Int32 = -1,
            metadata: String? = "",
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.committedOffset = committedOffset
            self.committedLeaderEpoch = committedLeaderEpoch
            self.metadata = metadata
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.committedOffset)
            if version >= 5 {
                writer.buffer.writeInteger(self.committedLeaderEpoch)
            }
            if let value = self.metadata {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "OffsetFetchResponse.OffsetFetchResponsePartition.metadata")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "OffsetFetchResponse.OffsetFetchResponsePartition.metadata")
            }
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchResponse.OffsetFetchResponsePartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartition.partitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetFetchResponse.OffsetFetchResponsePartition.committedOffset")
            if version >= 5 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartition.committedLeaderEpoch")
            }
            self.metadata = try buffer.readKafkaNullableString(flexible: flexible, "OffsetFetchResponse.OffsetFetchResponsePartition.metadata")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.OffsetFetchResponsePartition.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchResponse.OffsetFetchResponsePartition")
            }
        }
    }

    /// OffsetFetchResponseGroup, in OffsetFetchResponse versions 8-9.
    public struct OffsetFetchResponseGroup: ProtocolStruct {
        /// The group ID.
        /// Versions 8+.
        public var groupId: String = ""
        /// The responses per topic.
        /// Versions 8+.
        public var topics: [OffsetFetchResponseTopics] = []
        /// The group-level error code, or 0 if there was no error.
        /// Versions 8+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            groupId: String = "",
            topics: [OffsetFetchResponseTopics] = [],
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.groupId = groupId
            self.topics = topics
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "OffsetFetchResponse.OffsetFetchResponseGroup.groupId")
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.groupId = try buffer.readKafkaString(flexible: flexible, "OffsetFetchResponse.OffsetFetchResponseGroup.groupId")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchResponse.OffsetFetchResponseGroup.topics") { elementBuffer in try OffsetFetchResponseTopics(from: &elementBuffer, version: version) }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.OffsetFetchResponseGroup.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchResponse.OffsetFetchResponseGroup")
            }
        }
    }

    /// OffsetFetchResponseTopics, in OffsetFetchResponse versions 8-9.
    public struct OffsetFetchResponseTopics: ProtocolStruct {
        /// The topic name.
        /// Versions 8+.
        public var name: String = ""
        /// The responses per partition
        /// Versions 8+.
        public var partitions: [OffsetFetchResponsePartitions] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [OffsetFetchResponsePartitions] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetFetchResponse.OffsetFetchResponseTopics.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetFetchResponse.OffsetFetchResponseTopics.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchResponse.OffsetFetchResponseTopics.partitions") { elementBuffer in try OffsetFetchResponsePartitions(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchResponse.OffsetFetchResponseTopics")
            }
        }
    }

    /// OffsetFetchResponsePartitions, in OffsetFetchResponse versions 8-9.
    public struct OffsetFetchResponsePartitions: ProtocolStruct {
        /// The partition index.
        /// Versions 8+.
        public var partitionIndex: Int32 = 0
        /// The committed message offset.
        /// Versions 8+.
        public var committedOffset: Int64 = 0
        /// The leader epoch.
        /// Versions 8+, ignorable.
        public var committedLeaderEpoch: Int32 = -1
        /// The partition metadata.
        /// Versions 8+, nullable 8+.
        public var metadata: String? = ""
        /// The partition-level error code, or 0 if there was no error.
        /// Versions 8+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            committedOffset: Int64 = 0,
            committedLeaderEpoch: Int32 = -1,
            metadata: String? = "",
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.committedOffset = committedOffset
            self.committedLeaderEpoch = committedLeaderEpoch
            self.metadata = metadata
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.committedOffset)
            writer.buffer.writeInteger(self.committedLeaderEpoch)
            if let value = self.metadata {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "OffsetFetchResponse.OffsetFetchResponsePartitions.metadata")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "OffsetFetchResponse.OffsetFetchResponsePartitions.metadata")
            }
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.partitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.committedOffset")
            self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.committedLeaderEpoch")
            self.metadata = try buffer.readKafkaNullableString(flexible: flexible, "OffsetFetchResponse.OffsetFetchResponsePartitions.metadata")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchResponse.OffsetFetchResponsePartitions")
            }
        }
    }
}
