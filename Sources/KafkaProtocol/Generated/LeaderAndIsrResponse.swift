// generated from clients/LeaderAndIsrResponse.json, do not edit (make regenerate)

import NIOCore

/// LeaderAndIsrResponse: Kafka response (key 4), versions 0-7, flexible versions 4+.
public struct LeaderAndIsrResponse: KafkaResponse {
    public static let messageName = "LeaderAndIsrResponse"
    public static let validVersions = VersionRange(0, 7)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 4)
    public typealias Request = LeaderAndIsrRequest

    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Each partition in v0 to v4 message.
    /// Versions 0-4.
    public var partitionErrors: [LeaderAndIsrPartitionError] = []
    /// Each topic
    /// Versions 5+.
    public var topics: [LeaderAndIsrTopicError] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        partitionErrors: [LeaderAndIsrPartitionError] = [],
        topics: [LeaderAndIsrTopicError] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.partitionErrors = partitionErrors
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        writer.buffer.writeInteger(self.errorCode)
        if version <= 4 {
            writer.buffer.writeKafkaArrayCount(self.partitionErrors.count, flexible: flexible)
            for element in self.partitionErrors {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version <= 4) && self.partitionErrors != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrResponse", field: "partitionErrors", version: version)
        }
        if version >= 5 {
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 5) && self.topics != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrResponse", field: "topics", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "LeaderAndIsrResponse.errorCode")
        if version <= 4 {
            self.partitionErrors = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderAndIsrResponse.partitionErrors") { elementBuffer in try LeaderAndIsrPartitionError(from: &elementBuffer, version: version) }
        }
        if version >= 5 {
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderAndIsrResponse.topics") { elementBuffer in try LeaderAndIsrTopicError(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderAndIsrResponse")
        }
    }

    /// LeaderAndIsrTopicError, in LeaderAndIsrResponse versions 5-7.
    public struct LeaderAndIsrTopicError: ProtocolStruct {
        /// The unique topic ID
        /// Versions 5+, map key.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Each partition.
        /// Versions 5+.
        public var partitionErrors: [LeaderAndIsrPartitionError] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitionErrors: [LeaderAndIsrPartitionError] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.partitionErrors = partitionErrors
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
            writer.buffer.writeKafkaArrayCount(self.partitionErrors.count, flexible: flexible)
            for element in self.partitionErrors {
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
            self.topicId = try buffer.readKafkaUuid("LeaderAndIsrResponse.LeaderAndIsrTopicError.topicId")
            self.partitionErrors = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderAndIsrResponse.LeaderAndIsrTopicError.partitionErrors") { elementBuffer in try LeaderAndIsrPartitionError(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderAndIsrResponse.LeaderAndIsrTopicError")
            }
        }
    }

    /// LeaderAndIsrPartitionError, in LeaderAndIsrResponse versions 0-7.
    public struct LeaderAndIsrPartitionError: ProtocolStruct {
        /// The topic name.
        /// Versions 0-4, ignorable.
        public var topicName: String = ""
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            if version <= 4 {
                try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "LeaderAndIsrResponse.LeaderAndIsrPartitionError.topicName")
            }
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrResponse.LeaderAndIsrPartitionError", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            if version <= 4 {
                self.topicName = try buffer.readKafkaString(flexible: flexible, "LeaderAndIsrResponse.LeaderAndIsrPartitionError.topicName")
            }
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrResponse.LeaderAndIsrPartitionError.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "LeaderAndIsrResponse.LeaderAndIsrPartitionError.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderAndIsrResponse.LeaderAndIsrPartitionError")
            }
        }
    }
}

extension Array where Element == LeaderAndIsrResponse.LeaderAndIsrTopicError {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topicId: KafkaProtocol.Uuid) -> Element? {
        self.first { $0.topicId == topicId }
    }
}
