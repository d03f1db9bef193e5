// generated from clients/TxnOffsetCommitRequest.json, do not edit (make regenerate)

import NIOCore

/// TxnOffsetCommitRequest: Kafka request (key 28), versions 0-4, flexible versions 3+.
public struct TxnOffsetCommitRequest: KafkaRequest {
    public static let messageName = "TxnOffsetCommitRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 28)
    public typealias Response = TxnOffsetCommitResponse

    /// The ID of the transaction.
    /// Versions 0+.
    public var transactionalId: String = ""
    /// The ID of the group.
    /// Versions 0+.
    public var groupId: String = ""
    /// The current producer ID in use by the transactional ID.
    /// Versions 0+.
    public var producerId: Int64 = 0
    /// The current epoch associated with the producer ID.
    /// Versions 0+.
    public var producerEpoch: Int16 = 0
    /// The generation of the consumer.
    /// Versions 3+.
    public var generationId: Int32 = -1
    /// The member ID assigned by the group coordinator.
    /// Versions 3+.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    /// Versions 3+, nullable 3+.
    public var groupInstanceId: String? = nil
    /// Each topic that we want to commit offsets for.
    /// Versions 0+.
    public var topics: [TxnOffsetCommitRequestTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactionalId: String = "",
        groupId: String = "",
        producerId: Int64 = 0,
        producerEpoch: Int16 = 0,
        generationId: Int32 = -1,
        memberId: String = "",
        groupInstanceId: String? = nil,
        topics: [TxnOffsetCommitRequestTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactionalId = transactionalId
        self.groupId = groupId
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.generationId = generationId
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "TxnOffsetCommitRequest.transactionalId")
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "TxnOffsetCommitRequest.groupId")
        writer.buffer.writeInteger(self.producerId)
        writer.buffer.writeInteger(self.producerEpoch)
        if version >= 3 {
            writer.buffer.writeInteger(self.generationId)
        }
        if !(version >= 3) && self.generationId != -1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitRequest", field: "generationId", version: version)
        }
        if version >= 3 {
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "TxnOffsetCommitRequest.memberId")
        }
        if !(version >= 3) && self.memberId != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitRequest", field: "memberId", version: version)
        }
        if version >= 3 {
            if let value = self.groupInstanceId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "TxnOffsetCommitRequest.groupInstanceId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "TxnOffsetCommitRequest.groupInstanceId")
            }
        }
        if !(version >= 3) && self.groupInstanceId != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitRequest", field: "groupInstanceId", version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.transactionalId = try buffer.readKafkaString(flexible: flexible, "TxnOffsetCommitRequest.transactionalId")
        self.groupId = try buffer.readKafkaString(flexible: flexible, "TxnOffsetCommitRequest.groupId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "TxnOffsetCommitRequest.producerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "TxnOffsetCommitRequest.producerEpoch")
        if version >= 3 {
            self.generationId = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitRequest.generationId")
        }
        if version >= 3 {
            self.memberId = try buffer.readKafkaString(flexible: flexible, "TxnOffsetCommitRequest.memberId")
        }
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "TxnOffsetCommitRequest.groupInstanceId")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "TxnOffsetCommitRequest.topics") { elementBuffer in try TxnOffsetCommitRequestTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TxnOffsetCommitRequest")
        }
    }

    /// TxnOffsetCommitRequestTopic, in TxnOffsetCommitRequest versions 0-4.
    public struct TxnOffsetCommitRequestTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The partitions inside the topic that we want to commit offsets for.
        /// Versions 0+.
        public var partitions: [TxnOffsetCommitRequestPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [TxnOffsetCommitRequestPartition] = [],
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(flexible: flexible, "TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.partitions") { elementBuffer in try TxnOffsetCommitRequestPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic")
            }
        }
    }

    /// TxnOffsetCommitRequestPartition, in TxnOffsetCommitRequest versions 0-4.
    public struct TxnOffsetCommitRequestPartition: ProtocolStruct {
        /// The index of the partition within the topic.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The message offset to be committed.
        /// Versions 0+.
        public var committedOffset: Int64 = 0
        /// The leader epoch of the last consumed record.
        /// Versions 2+, ignorable.
        public var committedLeaderEpoch: Int32 = -1
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
            committedMetadata: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.committedOffset = committedOffset
            self.committedLeaderEpoch = committedLeaderEpoch
            self.committedMetadata = committedMetadata
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 3
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.committedOffset)
            if version >= 2 {
                writer.buffer.writeInteger(self.committedLeaderEpoch)
            }
            if let value = self.committedMetadata {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committedMetadata")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committedMetadata")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.partitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committedOffset")
            if version >= 2 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committedLeaderEpoch")
            }
            self.committedMetadata = try buffer.readKafkaNullableString(flexible: flexible, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committedMetadata")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition")
            }
        }
    }
}
