// generated from clients/CreateTopicsResponse.json, do not edit (make regenerate)

import NIOCore

/// CreateTopicsResponse: Kafka response (key 19), versions 0-7, flexible versions 5+.
public struct CreateTopicsResponse: KafkaResponse {
    public static let messageName = "CreateTopicsResponse"
    public static let validVersions = VersionRange(0, 7)
    public static let flexibleVersions = VersionRange(5, 32767)
    public static let apiKey = ApiKey(rawValue: 19)
    public typealias Request = CreateTopicsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 2+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// Results for each topic we tried to create.
    /// Versions 0+.
    public var topics: [CreatableTopicResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [CreatableTopicResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 5
        if version >= 2 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateTopicsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 5
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsResponse.throttleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreateTopicsResponse.topics") { elementBuffer in try CreatableTopicResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateTopicsResponse")
        }
    }

    /// CreatableTopicResult, in CreateTopicsResponse versions 0-7.
    public struct CreatableTopicResult: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The unique topic ID
        /// Versions 7+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        /// Versions 1+, nullable 0+, ignorable.
        public var errorMessage: String? = ""
        /// Optional topic config error returned if configs are not returned in the response.
        /// Versions 5+, tag 0 in 5+, ignorable.
        public var topicConfigErrorCode: Int16 = 0
        /// Number of partitions of the topic.
        /// Versions 5+, ignorable.
        public var numPartitions: Int32 = -1
        /// Replication factor of the topic.
        /// Versions 5+, ignorable.
        public var replicationFactor: Int16 = -1
        /// Configuration of the topic.
        /// Versions 5+, nullable 5+, ignorable.
        public var configs: [CreatableTopicConfigs]? = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            topicConfigErrorCode: Int16 = 0,
            numPartitions: Int32 = -1,
            replicationFactor: Int16 = -1,
            configs: [CreatableTopicConfigs]? = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.topicId = topicId
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.topicConfigErrorCode = topicConfigErrorCode
            self.numPartitions = numPartitions
            self.replicationFactor = replicationFactor
            self.configs = configs
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 5
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "CreateTopicsResponse.CreatableTopicResult.name")
            if version >= 7 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeInteger(self.errorCode)
            if version >= 1 {
                if let value = self.errorMessage {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "CreateTopicsResponse.CreatableTopicResult.errorMessage")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "CreateTopicsResponse.CreatableTopicResult.errorMessage")
                }
            }
            if version >= 5 {
                writer.buffer.writeInteger(self.numPartitions)
            }
            if version >= 5 {
                writer.buffer.writeInteger(self.replicationFactor)
            }
            if version >= 5 {
                if let value = self.configs {
                    writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                    for element in value {
                        try element.write(to: &writer, version: version)
                    }
                } else {
                    writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
                }
            }
            if flexible {
                var taggedFields: [TaggedField] = []
                if version >= 5, self.topicConfigErrorCode != 0 {
                    var fieldWriter = ProtocolWriter()
                    fieldWriter.buffer.writeInteger(self.topicConfigErrorCode)
                    taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
                }
                writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateTopicsResponse.CreatableTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 5
            self.name = try buffer.readKafkaString(flexible: flexible, "CreateTopicsResponse.CreatableTopicResult.name")
            if version >= 7 {
                self.topicId = try buffer.readKafkaUuid("CreateTopicsResponse.CreatableTopicResult.topicId")
            }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreateTopicsResponse.CreatableTopicResult.errorCode")
            if version >= 1 {
                self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "CreateTopicsResponse.CreatableTopicResult.errorMessage")
            }
            if version >= 5 {
                self.numPartitions = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsResponse.CreatableTopicResult.numPartitions")
            }
            if version >= 5 {
                self.replicationFactor = try buffer.readKafkaInteger(as: Int16.self, "CreateTopicsResponse.CreatableTopicResult.replicationFactor")
            }
            if version >= 5 {
                self.configs = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "CreateTopicsResponse.CreatableTopicResult.configs") { elementBuffer in try CreatableTopicConfigs(from: &elementBuffer, version: version) }
            }
            if flexible {
                let taggedCount = try buffer.readUnsignedVarint("CreateTopicsResponse.CreatableTopicResult tagged fields")
                for _ in 0..<taggedCount {
                    let (tag, fieldData) = try buffer.readTaggedField("CreateTopicsResponse.CreatableTopicResult")
                    var fieldBuffer = fieldData
                    switch tag {
                    case 0 where version >= 5:
                        self.topicConfigErrorCode = try fieldBuffer.readKafkaInteger(as: Int16.self, "CreateTopicsResponse.CreatableTopicResult.topicConfigErrorCode")
                    default:
                        self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                    }
                }
            }
        }
    }

    /// CreatableTopicConfigs, in CreateTopicsResponse versions 5-7.
    public struct CreatableTopicConfigs: ProtocolStruct {
        /// The configuration name.
        /// Versions 5+.
        public var name: String = ""
        /// The configuration value.
        /// Versions 5+, nullable 5+.
        public var value: String? = ""
        /// True if the configuration is read-only.
        /// Versions 5+.
        public var readOnly: Bool = false
        /// The configuration source.
        /// Versions 5+, ignorable.
        public var configSource: Int8 = -1
        /// True if this configuration is sensitive.
        /// Versions 5+.
        public var isSensitive: Bool = false
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            value: String? = "",
            readOnly: Bool = false,
            configSource: Int8 = -1,
            isSensitive: Bool = false,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.value = value
            self.readOnly = readOnly
            self.configSource = configSource
            self.isSensitive = isSensitive
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "CreateTopicsResponse.CreatableTopicConfigs.name")
            if let value = self.value {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "CreateTopicsResponse.CreatableTopicConfigs.value")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "CreateTopicsResponse.CreatableTopicConfigs.value")
            }
            writer.buffer.writeKafkaBool(self.readOnly)
            writer.buffer.writeInteger(self.configSource)
            writer.buffer.writeKafkaBool(self.isSensitive)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "CreateTopicsResponse.CreatableTopicConfigs.name")
            self.value = try buffer.readKafkaNullableString(flexible: flexible, "CreateTopicsResponse.CreatableTopicConfigs.value")
            self.readOnly = try buffer.readKafkaBool("CreateTopicsResponse.CreatableTopicConfigs.readOnly")
            self.configSource = try buffer.readKafkaInteger(as: Int8.self, "CreateTopicsResponse.CreatableTopicConfigs.configSource")
            self.isSensitive = try buffer.readKafkaBool("CreateTopicsResponse.CreatableTopicConfigs.isSensitive")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateTopicsResponse.CreatableTopicConfigs")
            }
        }
    }
}

extension Array where Element == CreateTopicsResponse.CreatableTopicResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
