// generated from clients/OffsetCommitRequest.json, do not edit (make regenerate)

import NIOCore

/// OffsetCommitRequest: Kafka request (key 8), versions 0-9, flexible versions 8+.
public struct OffsetCommitRequest: KafkaRequest {
    public static let messageName = "OffsetCommitRequest"
    public static let validVersions = VersionRange(0, 9)
    public static let flexibleVersions = VersionRange(8, 32767)
    public static let apiKey = ApiKey(rawValue: 8)
    public typealias Response = OffsetCommitResponse

    /// The unique group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol.
    /// Versions 1+, ignorable.
    public var generationIdOrMemberEpoch: Int32 = -1
    /// The member ID assigned by the group coordinator.
    /// Versions 1+, ignorable.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    /// Versions 7+, nullable 7+.
    public var groupInstanceId: String? = nil
    /// The time period in ms to retain the offset.
    /// Versions 2-4, ignorable.
    public var retentionTimeMs: Int64 = -1
    /// The topics to commit offsets for.
    /// Versions 0+.
    public var topics: [OffsetCommitRequestTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        generationIdOrMemberEpoch: Int32 = -1,
        memberId: String = "",
        groupInstanceId: String? = nil,
        retentionTimeMs: Int64 = -1,
        topics: [OffsetCommitRequestTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.generationIdOrMemberEpoch = generationIdOrMemberEpoch
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.retentionTimeMs = retentionTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 8
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "OffsetCommitRequest.groupId")
        if version >= 1 {
            writer.buffer.writeInteger(self.generationIdOrMemberEpoch)
        }
        if version >= 1 {
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "OffsetCommitRequest.memberId")
        }
        if version >= 7 {
            if let value = self.groupInstanceId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "OffsetCommitRequest.groupInstanceId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "OffsetCommitRequest.groupInstanceId")
            }
        }
        if !(version >= 7) && self.groupInstanceId != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitRequest", field: "groupInstanceId", version: version)
        }
        if version >= 2 && version <= 4 {
            writer.buffer.writeInteger(self.retentionTimeMs)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 8
        self.groupId = try buffer.readKafkaString(flexible: flexible, "OffsetCommitRequest.groupId")
        if version >= 1 {
            self.generationIdOrMemberEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitRequest.generationIdOrMemberEpoch")
        }
        if version >= 1 {
            self.memberId = try buffer.readKafkaString(flexible: flexible, "OffsetCommitRequest.memberId")
        }
        if version >= 7 {
            self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "OffsetCommitRequest.groupInstanceId")
        }
        if version >= 2 && version <= 4 {
            self.retentionTimeMs = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitRequest.retentionTimeMs")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetCommitRequest.topics") { elementBuffer in try OffsetCommitRequestTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetCommitRequest")
        }
    }

    /// OffsetCommitRequestTopic, in OffsetCommitRequest versions 0-9.
    public struct OffsetCommitRequestTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// Each partition to commit offsets for.
        /// Versions 0+.
        public var partitions: [OffsetCommitRequestPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [OffsetCommitRequestPartition] = [],
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetCommitRequest.OffsetCommitRequestTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitRequest.OffsetCommitRequestTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 8
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetCommitRequest.OffsetCommitRequestTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetCommitRequest.OffsetCommitRequestTopic.partitions") { elementBuffer in try OffsetCommitRequestPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetCommitRequest.OffsetCommitRequestTopic")
            }
        }
    }

    /// OffsetCommitRequestPartition, in OffsetCommitRequest versions 0-9.
    public struct OffsetCommitRequestPartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The message offset to be committed.
        /// Versions 0+.
        public var committedOffset: Int64 = 0
        /// The leader epoch of this partition.
        /// Versions 6+, ignorable.
        public var committedLeaderEpoch: Int32 = -1
        /// The timestamp of the commit.
        /// Versions 1.
        public var commitTimestamp: Int64 = -1
        /// Any associated metadata the client wants to keep.
        /// Versions 0+, nullable 0+.
        public var committedMetadata: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            committedOffset: Int64 = 0,
            committedLeaderEpoch: Int32 = -1,
            commitTimestamp: Int64 = -1,
            committedMetadata: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.committedOffset = committedOffset
            self.committedLeaderEpoch = committedLeaderEpoch
            self.commitTimestamp = commitTimestamp
            self.committedMetadata = committedMetadata
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 8
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.committedOffset)
            if version >= 6 {
                writer.buffer.writeInteger(self.committedLeaderEpoch)
            }
            if version >= 1 && version <= 1 {
                writer.buffer.writeInteger(self.commitTimestamp)
            }
            if !(version >= 1 && version <= 1) && self.commitTimestamp != -1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitRequest.OffsetCommitRequestPartition", field: "commitTimestamp", version: version)
            }
            if let value = self.committedMetadata {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "OffsetCommitRequest.OffsetCommitRequestPartition.committedMetadata")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "OffsetCommitRequest.OffsetCommitRequestPartition.committedMetadata")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitRequest.OffsetCommitRequestPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 8
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitRequest.OffsetCommitRequestPartition.partitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitRequest.OffsetCommitRequestPartition.committedOffset")
            if version >= 6 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitRequest.OffsetCommitRequestPartition.committedLeaderEpoch")
            }
            if version >= 1 && version <= 1 {
                self.commitTimestamp = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitRequest.OffsetCommitRequestPartition.commitTimestamp")
            }
            self.committedMetadata = try buffer.readKafkaNullableString(flexible: flexible, "OffsetCommitRequest.OffsetCommitRequestPartition.committedMetadata")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetCommitRequest.OffsetCommitRequestPartition")
            }
        }
    }
}
