// generated from clients/DeleteTopicsRequest.json, do not edit (make regenerate)

import NIOCore

/// DeleteTopicsRequest: Kafka request (key 20), versions 0-6, flexible versions 4+.
public struct DeleteTopicsRequest: KafkaRequest {
    public static let messageName = "DeleteTopicsRequest"
    public static let validVersions = VersionRange(0, 6)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 20)
    public typealias Response = DeleteTopicsResponse

    /// The name or topic ID of the topic
    /// Versions 6+.
    public var topics: [DeleteTopicState] = []
    /// The names of the topics to delete
    /// Versions 0-5, ignorable.
    public var topicNames: [String] = []
    /// The length of time in milliseconds to wait for the deletions to complete.
    /// Versions 0+.
    public var timeoutMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [DeleteTopicState] = [],
        topicNames: [String] = [],
        timeoutMs: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.topicNames = topicNames
        self.timeoutMs = timeoutMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        if version >= 6 {
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 6) && self.topics != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteTopicsRequest", field: "topics", version: version)
        }
        if version <= 5 {
            writer.buffer.writeKafkaArrayCount(self.topicNames.count, flexible: flexible)
            for element in self.topicNames {
                try writer.buffer.writeKafkaString(element, flexible: flexible, "DeleteTopicsRequest.topicNames")
            }
        }
        writer.buffer.writeInteger(self.timeoutMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteTopicsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        if version >= 6 {
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteTopicsRequest.topics") { elementBuffer in try DeleteTopicState(from: &elementBuffer, version: version) }
        }
        if version <= 5 {
            self.topicNames = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteTopicsRequest.topicNames") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "DeleteTopicsRequest.topicNames") }
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteTopicsRequest.timeoutMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteTopicsRequest")
        }
    }

    /// DeleteTopicState, in DeleteTopicsRequest versions 6.
    public struct DeleteTopicState: ProtocolStruct {
        /// The topic name
        /// Versions 6+, nullable 6+.
        public var name: String? = nil
        /// The unique topic ID
        /// Versions 6+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String? = nil,
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.topicId = topicId
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            if let value = self.name {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteTopicsRequest.DeleteTopicState.name")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteTopicsRequest.DeleteTopicState.name")
            }
            writer.buffer.writeKafkaUuid(self.topicId)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaNullableString(flexible: flexible, "DeleteTopicsRequest.DeleteTopicState.name")
            self.topicId = try buffer.readKafkaUuid("DeleteTopicsRequest.DeleteTopicState.topicId")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteTopicsRequest.DeleteTopicState")
            }
        }
    }
}
