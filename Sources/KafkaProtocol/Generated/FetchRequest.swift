// generated from clients/FetchRequest.json, do not edit (make regenerate)

import NIOCore

/// FetchRequest: Kafka request (key 1), versions 0-17, flexible versions 12+.
public struct FetchRequest: KafkaRequest {
    public static let messageName = "FetchRequest"
    public static let validVersions = VersionRange(0, 17)
    public static let flexibleVersions = VersionRange(12, 32767)
    public static let apiKey = ApiKey(rawValue: 1)
    public typealias Response = FetchResponse

    /// The clusterId if known. This is used to validate metadata fetches prior to broker registration.
    /// Versions 12+, nullable 12+, tag 0 in 12+, ignorable.
    public var clusterId: String? = nil
    /// The broker ID of the follower, of -1 if this request is from a consumer.
    /// Versions 0-14.
    public var replicaId: Int32 = -1
    /// ReplicaState
    /// Versions 15+, tag 1 in 15+.
    public var replicaState: ReplicaState = ReplicaState()
    /// The maximum time in milliseconds to wait for the response.
    /// Versions 0+.
    public var maxWaitMs: Int32 = 0
    /// The minimum bytes to accumulate in the response.
    /// Versions 0+.
    public var minBytes: Int32 = 0
    /// The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    /// Versions 3+, ignorable.
    public var maxBytes: Int32 = 2147483647
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records
    /// Versions 4+, ignorable.
    public var isolationLevel: Int8 = 0
    /// The fetch session ID.
    /// Versions 7+, ignorable.
    public var sessionId: Int32 = 0
    /// The fetch session epoch, which is used for ordering requests in a session.
    /// Versions 7+, ignorable.
    public var sessionEpoch: Int32 = -1
    /// The topics to fetch.
    /// Versions 0+.
    public var topics: [FetchTopic] = []
    /// In an incremental fetch request, the partitions to remove.
    /// Versions 7+.
    public var forgottenTopicsData: [ForgottenTopic] = []
    /// Rack ID of the consumer making this request
    /// Versions 11+, ignorable.
    public var rackId: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String? = nil,
        replicaId: Int32 = -1,
        replicaState: ReplicaState = ReplicaState(),
        maxWaitMs: Int32 = 0,
        minBytes: Int32 = 0,
        maxBytes: Int32 = 2147483647,
        isolationLevel: Int8 = 0,
        sessionId: Int32 = 0,
        sessionEpoch: Int32 = -1,
        topics: [FetchTopic] = [],
        forgottenTopicsData: [ForgottenTopic] = [],
        rackId: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.replicaId = replicaId
        self.replicaState = replicaState
        self.maxWaitMs = maxWaitMs
        self.minBytes = minBytes
        self.maxBytes = maxBytes
        self.isolationLevel = isolationLevel
        self.sessionId = sessionId
        self.sessionEpoch = sessionEpoch
        self.topics = topics
        self.forgottenTopicsData = forgottenTopicsData
        self.rackId = rackId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 12
        if version <= 14 {
            writer.buffer.writeInteger(self.replicaId)
        }
        if !(version <= 14) && self.replicaId != -1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest", field: "replicaId", version: version)
        }
        if !(version >= 15) && self.replicaState != ReplicaState() {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest", field: "replicaState", version: version)
        }
        writer.buffer.writeInteger(self.maxWaitMs)
        writer.buffer.writeInteger(self.minBytes)
        if version >= 3 {
            writer.buffer.writeInteger(self.maxBytes)
        }
        if version >= 4 {
            writer.buffer.writeInteger(self.isolationLevel)
        }
        if version >= 7 {
            writer.buffer.writeInteger(self.sessionId)
        }
        if version >= 7 {
            writer.buffer.writeInteger(self.sessionEpoch)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if version >= 7 {
            writer.buffer.writeKafkaArrayCount(self.forgottenTopicsData.count, flexible: flexible)
            for element in self.forgottenTopicsData {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 7) && self.forgottenTopicsData != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest", field: "forgottenTopicsData", version: version)
        }
        if version >= 11 {
            try writer.buffer.writeKafkaString(self.rackId, flexible: flexible, "FetchRequest.rackId")
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 12, self.clusterId != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.clusterId {
                    try fieldWriter.buffer.writeKafkaString(value, flexible: true, "FetchRequest.clusterId")
                } else {
                    try fieldWriter.buffer.writeKafkaString(nil, flexible: true, "FetchRequest.clusterId")
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            if version >= 15, self.replicaState != ReplicaState() {
                var fieldWriter = ProtocolWriter()
                try self.replicaState.write(to: &fieldWriter, version: version)
                taggedFields.append(TaggedField(tag: 1, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 12
        if version <= 14 {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.replicaId")
        }
        self.maxWaitMs = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.maxWaitMs")
        self.minBytes = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.minBytes")
        if version >= 3 {
            self.maxBytes = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.maxBytes")
        }
        if version >= 4 {
            self.isolationLevel = try buffer.readKafkaInteger(as: Int8.self, "FetchRequest.isolationLevel")
        }
        if version >= 7 {
            self.sessionId = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.sessionId")
        }
        if version >= 7 {
            self.sessionEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.sessionEpoch")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchRequest.topics") { elementBuffer in try FetchTopic(from: &elementBuffer, version: version) }
        if version >= 7 {
            self.forgottenTopicsData = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchRequest.forgottenTopicsData") { elementBuffer in try ForgottenTopic(from: &elementBuffer, version: version) }
        }
        if version >= 11 {
            self.rackId = try buffer.readKafkaString(flexible: flexible, "FetchRequest.rackId")
        }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("FetchRequest tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("FetchRequest")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 12:
                    self.clusterId = try fieldBuffer.readKafkaNullableString(flexible: true, "FetchRequest.clusterId")
                case 1 where version >= 15:
                    self.replicaState = try ReplicaState(from: &fieldBuffer, version: version)
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// ReplicaState, in FetchRequest versions 15-17.
    public struct ReplicaState: ProtocolStruct {
        /// The replica ID of the follower, or -1 if this request is from a consumer.
        /// Versions 15+.
        public var replicaId: Int32 = -1
        /// The epoch of this follower, or -1 if not available.
        /// Versions 15+.
        public var replicaEpoch: Int64 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            replicaId: Int32 = -1,
            replicaEpoch: Int64 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.replicaId = replicaId
            self.replicaEpoch = replicaEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.replicaId)
            writer.buffer.writeInteger(self.replicaEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.ReplicaState.replicaId")
            self.replicaEpoch = try buffer.readKafkaInteger(as: Int64.self, "FetchRequest.ReplicaState.replicaEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchRequest.ReplicaState")
            }
        }
    }

    /// FetchTopic, in FetchRequest versions 0-17.
    public struct FetchTopic: ProtocolStruct {
        /// The name of the topic to fetch.
        /// Versions 0-12, ignorable.
        public var topic: String = ""
        /// The unique topic ID
        /// Versions 13+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The partitions to fetch.
        /// Versions 0+.
        public var partitions: [FetchPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [FetchPartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 12
            if version <= 12 {
                try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "FetchRequest.FetchTopic.topic")
            }
            if version >= 13 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest.FetchTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(flexible: flexible, "FetchRequest.FetchTopic.topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUuid("FetchRequest.FetchTopic.topicId")
            }
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchRequest.FetchTopic.partitions") { elementBuffer in try FetchPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchRequest.FetchTopic")
            }
        }
    }

    /// FetchPartition, in FetchRequest versions 0-17.
    public struct FetchPartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The current leader epoch of the partition.
        /// Versions 9+, ignorable.
        public var currentLeaderEpoch: Int32 = -1
        /// The message offset.
        /// Versions 0+.
        public var fetchOffset: Int64 = 0
        /// The epoch of the last fetched record or -1 if there is none
        /// Versions 12+.
        public var lastFetchedEpoch: Int32 = -1
        /// The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower.
        /// Versions 5+, ignorable.
        public var logStartOffset: Int64 = -1
        /// The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored.
        /// Versions 0+.
        public var partitionMaxBytes: Int32 = 0
        /// The directory id of the follower fetching
        /// Versions 17+, tag 0 in 17+, ignorable.
        public var replicaDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            currentLeaderEpoch: Int32 = -1,
            fetchOffset: Int64 = 0,
            lastFetchedEpoch: Int32 = -1,
            logStartOffset: Int64 = -1,
            partitionMaxBytes: Int32 = 0,
            replicaDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.currentLeaderEpoch = currentLeaderEpoch
            self.fetchOffset = fetchOffset
            self.lastFetchedEpoch = lastFetchedEpoch
            self.logStartOffset = logStartOffset
            self.partitionMaxBytes = partitionMaxBytes
            self.replicaDirectoryId = replicaDirectoryId
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 12
            writer.buffer.writeInteger(self.partition)
            if version >= 9 {
                writer.buffer.writeInteger(self.currentLeaderEpoch)
            }
            writer.buffer.writeInteger(self.fetchOffset)
            if version >= 12 {
                writer.buffer.writeInteger(self.lastFetchedEpoch)
            }
            if !(version >= 12) && self.lastFetchedEpoch != -1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest.FetchPartition", field: "lastFetchedEpoch", version: version)
            }
            if version >= 5 {
                writer.buffer.writeInteger(self.logStartOffset)
            }
            writer.buffer.writeInteger(self.partitionMaxBytes)
            if flexible {
                var taggedFields: [TaggedField] = []
                if version >= 17, self.replicaDirectoryId != KafkaProtocol.Uuid.zero {
                    var fieldWriter = ProtocolWriter()
                    fieldWriter.buffer.writeKafkaUuid(self.replicaDirectoryId)
                    taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
                }
                writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest.FetchPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 12
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.partition")
            if version >= 9 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.currentLeaderEpoch")
            }
            self.fetchOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchRequest.FetchPartition.fetchOffset")
            if version >= 12 {
                self.lastFetchedEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.lastFetchedEpoch")
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchRequest.FetchPartition.logStartOffset")
            }
            self.partitionMaxBytes = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.partitionMaxBytes")
            if flexible {
                let taggedCount = try buffer.readUnsignedVarint("FetchRequest.FetchPartition tagged fields")
                for _ in 0..<taggedCount {
                    let (tag, fieldData) = try buffer.readTaggedField("FetchRequest.FetchPartition")
                    var fieldBuffer = fieldData
                    switch tag {
                    case 0 where version >= 17:
                        self.replicaDirectoryId = try fieldBuffer.readKafkaUuid("FetchRequest.FetchPartition.replicaDirectoryId")
                    default:
                        self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                    }
                }
            }
        }
    }

    /// ForgottenTopic, in FetchRequest versions 7-17.
    public struct ForgottenTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 7-12, ignorable.
        public var topic: String = ""
        /// The unique topic ID
        /// Versions 13+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The partitions indexes to forget.
        /// Versions 7+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 12
            if version <= 12 {
                try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "FetchRequest.ForgottenTopic.topic")
            }
            if version >= 13 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchRequest.ForgottenTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(flexible: flexible, "FetchRequest.ForgottenTopic.topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUuid("FetchRequest.ForgottenTopic.topicId")
            }
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "FetchRequest.ForgottenTopic.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "FetchRequest.ForgottenTopic.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchRequest.ForgottenTopic")
            }
        }
    }
}
