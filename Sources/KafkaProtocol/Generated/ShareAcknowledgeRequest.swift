// generated from clients/ShareAcknowledgeRequest.json, do not edit (make regenerate)

import NIOCore

/// ShareAcknowledgeRequest: Kafka request (key 79), versions 0, flexible versions 0+.
/// The latest version is unstable (latestVersionUnstable).
public struct ShareAcknowledgeRequest: KafkaRequest {
    public static let messageName = "ShareAcknowledgeRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 79)
    public typealias Response = ShareAcknowledgeResponse

    /// The group identifier.
    /// Versions 0+, nullable 0+.
    public var groupId: String? = nil
    /// The member ID.
    /// Versions 0+, nullable 0+.
    public var memberId: String? = ""
    /// The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    /// Versions 0+.
    public var shareSessionEpoch: Int32 = 0
    /// The topics containing records to acknowledge.
    /// Versions 0+.
    public var topics: [AcknowledgeTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String? = nil,
        memberId: String? = "",
        shareSessionEpoch: Int32 = 0,
        topics: [AcknowledgeTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.memberId = memberId
        self.shareSessionEpoch = shareSessionEpoch
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.groupId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareAcknowledgeRequest.groupId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareAcknowledgeRequest.groupId")
        }
        if let value = self.memberId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareAcknowledgeRequest.memberId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareAcknowledgeRequest.memberId")
        }
        writer.buffer.writeInteger(self.shareSessionEpoch)
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
        self.groupId = try buffer.readKafkaNullableString(flexible: flexible, "ShareAcknowledgeRequest.groupId")
        self.memberId = try buffer.readKafkaNullableString(flexible: flexible, "ShareAcknowledgeRequest.memberId")
        self.shareSessionEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeRequest.shareSessionEpoch")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareAcknowledgeRequest.topics") { elementBuffer in try AcknowledgeTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeRequest")
        }
    }

    /// AcknowledgeTopic, in ShareAcknowledgeRequest versions 0.
    public struct AcknowledgeTopic: ProtocolStruct {
        /// The unique topic ID.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The partitions containing records to acknowledge.
        /// Versions 0+.
        public var partitions: [AcknowledgePartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [AcknowledgePartition] = [],
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
            self.topicId = try buffer.readKafkaUuid("ShareAcknowledgeRequest.AcknowledgeTopic.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareAcknowledgeRequest.AcknowledgeTopic.partitions") { elementBuffer in try AcknowledgePartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeRequest.AcknowledgeTopic")
            }
        }
    }

    /// AcknowledgePartition, in ShareAcknowledgeRequest versions 0.
    public struct AcknowledgePartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// Record batches to acknowledge.
        /// Versions 0+.
        public var acknowledgementBatches: [AcknowledgementBatch] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            acknowledgementBatches: [AcknowledgementBatch] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.acknowledgementBatches = acknowledgementBatches
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeKafkaArrayCount(self.acknowledgementBatches.count, flexible: flexible)
            for element in self.acknowledgementBatches {
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
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeRequest.AcknowledgePartition.partitionIndex")
            self.acknowledgementBatches = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareAcknowledgeRequest.AcknowledgePartition.acknowledgementBatches") { elementBuffer in try AcknowledgementBatch(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeRequest.AcknowledgePartition")
            }
        }
    }

    /// AcknowledgementBatch, in ShareAcknowledgeRequest versions 0.
    public struct AcknowledgementBatch: ProtocolStruct {
        /// First offset of batch of records to acknowledge.
        /// Versions 0+.
        public var firstOffset: Int64 = 0
        /// Last offset (inclusive) of batch of records to acknowledge.
        /// Versions 0+.
        public var lastOffset: Int64 = 0
        /// Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject.
        /// Versions 0+.
        public var acknowledgeTypes: [Int8] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            firstOffset: Int64 = 0,
            lastOffset: Int64 = 0,
            acknowledgeTypes: [Int8] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.firstOffset = firstOffset
            self.lastOffset = lastOffset
            self.acknowledgeTypes = acknowledgeTypes
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.firstOffset)
            writer.buffer.writeInteger(self.lastOffset)
            writer.buffer.writeKafkaArrayCount(self.acknowledgeTypes.count, flexible: flexible)
            for element in self.acknowledgeTypes {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareAcknowledgeRequest.AcknowledgementBatch.firstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareAcknowledgeRequest.AcknowledgementBatch.lastOffset")
            self.acknowledgeTypes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareAcknowledgeRequest.AcknowledgementBatch.acknowledgeTypes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int8.self, "ShareAcknowledgeRequest.AcknowledgementBatch.acknowledgeTypes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeRequest.AcknowledgementBatch")
            }
        }
    }
}
