// generated from clients/ShareFetchRequest.json, do not edit (make regenerate)

import NIOCore

/// ShareFetchRequest: Kafka request (key 78), versions 0, flexible versions 0+.
/// The latest version is unstable (latestVersionUnstable).
public struct ShareFetchRequest: KafkaRequest {
    public static let messageName = "ShareFetchRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 78)
    public typealias Response = ShareFetchResponse

    /// The group identifier.
    /// Versions 0+, nullable 0+.
    public var groupId: String? = nil
    /// The member ID.
    /// Versions 0+, nullable 0+.
    public var memberId: String? = ""
    /// The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    /// Versions 0+.
    public var shareSessionEpoch: Int32 = 0
    /// The maximum time in milliseconds to wait for the response.
    /// Versions 0+.
    public var maxWaitMs: Int32 = 0
    /// The minimum bytes to accumulate in the response.
    /// Versions 0+.
    public var minBytes: Int32 = 0
    /// The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    /// Versions 0+.
    public var maxBytes: Int32 = 2147483647
    /// The topics to fetch.
    /// Versions 0+.
    public var topics: [FetchTopic] = []
    /// The partitions to remove from this share session.
    /// Versions 0+.
    public var forgottenTopicsData: [ForgottenTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String? = nil,
        memberId: String? = "",
        shareSessionEpoch: Int32 = 0,
        maxWaitMs: Int32 = 0,
        minBytes: Int32 = 0,
        maxBytes: Int32 = 2147483647,
        topics: [FetchTopic] = [],
        forgottenTopicsData: [ForgottenTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.memberId = memberId
        self.shareSessionEpoch = shareSessionEpoch
        self.maxWaitMs = maxWaitMs
        self.minBytes = minBytes
        self.maxBytes = maxBytes
        self.topics = topics
        self.forgottenTopicsData = forgottenTopicsData
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.groupId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareFetchRequest.groupId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareFetchRequest.groupId")
        }
        if let value = self.memberId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareFetchRequest.memberId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareFetchRequest.memberId")
        }
        writer.buffer.writeInteger(self.shareSessionEpoch)
        writer.buffer.writeInteger(self.maxWaitMs)
        writer.buffer.writeInteger(self.minBytes)
        writer.buffer.writeInteger(self.maxBytes)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.forgottenTopicsData.count, flexible: flexible)
        for element in self.forgottenTopicsData {
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
        self.groupId = try buffer.readKafkaNullableString(flexible: flexible, "ShareFetchRequest.groupId")
        self.memberId = try buffer.readKafkaNullableString(flexible: flexible, "ShareFetchRequest.memberId")
        self.shareSessionEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.shareSessionEpoch")
        self.maxWaitMs = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.maxWaitMs")
        self.minBytes = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.minBytes")
        self.maxBytes = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.maxBytes")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareFetchRequest.topics") { elementBuffer in try FetchTopic(from: &elementBuffer, version: version) }
        self.forgottenTopicsData = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareFetchRequest.forgottenTopicsData") { elementBuffer in try ForgottenTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareFetchRequest")
        }
    }

    /// FetchTopic, in ShareFetchRequest versions 0.
    public struct FetchTopic: ProtocolStruct {
        /// The unique topic ID.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The partitions to fetch.
        /// Versions 0+.
        public var partitions: [FetchPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [FetchPartition] = [],
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
            self.topicId = try buffer.readKafkaUuid("ShareFetchRequest.FetchTopic.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareFetchRequest.FetchTopic.partitions") { elementBuffer in try FetchPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareFetchRequest.FetchTopic")
            }
        }
    }

    /// FetchPartition, in ShareFetchRequest versions 0.
    public struct FetchPartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored.
        /// Versions 0+.
        public var partitionMaxBytes: Int32 = 0
        /// Record batches to acknowledge.
        /// Versions 0+.
        public var acknowledgementBatches: [AcknowledgementBatch] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            partitionMaxBytes: Int32 = 0,
            acknowledgementBatches: [AcknowledgementBatch] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.partitionMaxBytes = partitionMaxBytes
            self.acknowledgementBatches = acknowledgementBatches
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.partitionMaxBytes)
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
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.FetchPartition.partitionIndex")
            self.partitionMaxBytes = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.FetchPartition.partitionMaxBytes")
            self.acknowledgementBatches = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareFetchRequest.FetchPartition.acknowledgementBatches") { elementBuffer in try AcknowledgementBatch(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareFetchRequest.FetchPartition")
            }
        }
    }

    /// AcknowledgementBatch, in ShareFetchRequest versions 0.
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
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareFetchRequest.AcknowledgementBatch.firstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareFetchRequest.AcknowledgementBatch.lastOffset")
            self.acknowledgeTypes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareFetchRequest.AcknowledgementBatch.acknowledgeTypes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int8.self, "ShareFetchRequest.AcknowledgementBatch.acknowledgeTypes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareFetchRequest.AcknowledgementBatch")
            }
        }
    }

    /// ForgottenTopic, in ShareFetchRequest versions 0.
    public struct ForgottenTopic: ProtocolStruct {
        /// The unique topic ID.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The partitions indexes to forget.
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [Int32] = [],
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
            self.topicId = try buffer.readKafkaUuid("ShareFetchRequest.ForgottenTopic.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ShareFetchRequest.ForgottenTopic.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.ForgottenTopic.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareFetchRequest.ForgottenTopic")
            }
        }
    }
}
