// generated from clients/MetadataRequest.json, do not edit (make regenerate)

import NIOCore

/// MetadataRequest: Kafka request (key 3), versions 0-12, flexible versions 9+.
public struct MetadataRequest: KafkaRequest {
    public static let messageName = "MetadataRequest"
    public static let validVersions = VersionRange(0, 12)
    public static let flexibleVersions = VersionRange(9, 32767)
    public static let apiKey = ApiKey(rawValue: 3)
    public typealias Response = MetadataResponse

    /// The topics to fetch metadata for.
    /// Versions 0+, nullable 1+.
    public var topics: [MetadataRequestTopic]? = []
    /// If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so.
    /// Versions 4+.
    public var allowAutoTopicCreation: Bool = true
    /// Whether to include cluster authorized operations.
    /// Versions 8-10.
    public var includeClusterAuthorizedOperations: Bool = false
    /// Whether to include topic authorized operations.
    /// Versions 8+.
    public var includeTopicAuthorizedOperations: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [MetadataRequestTopic]? = [],
        allowAutoTopicCreation: Bool = true,
        includeClusterAuthorizedOperations: Bool = false,
        includeTopicAuthorizedOperations: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.allowAutoTopicCreation = allowAutoTopicCreation
        self.includeClusterAuthorizedOperations = includeClusterAuthorizedOperations
        self.includeTopicAuthorizedOperations = includeTopicAuthorizedOperations
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 9
        if let value = self.topics {
            writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
            for element in value {
                try element.write(to: &writer, version: version)
            }
        } else if version >= 1 {
            writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
        } else {
            throw ProtocolEncodingError.nullNotAllowed(message: "MetadataRequest", field: "topics", version: version)
        }
        if version >= 4 {
            writer.buffer.writeKafkaBool(self.allowAutoTopicCreation)
        }
        if !(version >= 4) && self.allowAutoTopicCreation != true {
            throw ProtocolEncodingError.fieldNotSupported(message: "MetadataRequest", field: "allowAutoTopicCreation", version: version)
        }
        if version >= 8 && version <= 10 {
            writer.buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        }
        if !(version >= 8 && version <= 10) && self.includeClusterAuthorizedOperations != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "MetadataRequest", field: "includeClusterAuthorizedOperations", version: version)
        }
        if version >= 8 {
            writer.buffer.writeKafkaBool(self.includeTopicAuthorizedOperations)
        }
        if !(version >= 8) && self.includeTopicAuthorizedOperations != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "MetadataRequest", field: "includeTopicAuthorizedOperations", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "MetadataRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 9
        self.topics = try version >= 1 ? buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "MetadataRequest.topics") { elementBuffer in try MetadataRequestTopic(from: &elementBuffer, version: version) } : buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "MetadataRequest.topics") { elementBuffer in try MetadataRequestTopic(from: &elementBuffer, version: version) }
        if version >= 4 {
            self.allowAutoTopicCreation = try buffer.readKafkaBool("MetadataRequest.allowAutoTopicCreation")
        }
        if version >= 8 && version <= 10 {
            self.includeClusterAuthorizedOperations = try buffer.readKafkaBool("MetadataRequest.includeClusterAuthorizedOperations")
        }
        if version >= 8 {
            self.includeTopicAuthorizedOperations = try buffer.readKafkaBool("MetadataRequest.includeTopicAuthorizedOperations")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "MetadataRequest")
        }
    }

    /// MetadataRequestTopic, in MetadataRequest versions 0-12.
    public struct MetadataRequestTopic: ProtocolStruct {
        /// The topic id.
        /// Versions 10+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The topic name.
        /// Versions 0+, nullable 10+.
        public var name: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            name: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.name = name
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            if version >= 10 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            if let value = self.name {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "MetadataRequest.MetadataRequestTopic.name")
            } else if version >= 10 {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "MetadataRequest.MetadataRequestTopic.name")
            } else {
                throw ProtocolEncodingError.nullNotAllowed(message: "MetadataRequest.MetadataRequestTopic", field: "name", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "MetadataRequest.MetadataRequestTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            if version >= 10 {
                self.topicId = try buffer.readKafkaUuid("MetadataRequest.MetadataRequestTopic.topicId")
            }
            self.name = try version >= 10 ? buffer.readKafkaNullableString(flexible: flexible, "MetadataRequest.MetadataRequestTopic.name") : buffer.readKafkaString(flexible: flexible, "MetadataRequest.MetadataRequestTopic.name")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "MetadataRequest.MetadataRequestTopic")
            }
        }
    }
}
