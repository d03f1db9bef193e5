// generated from clients/DeleteTopicsResponse.json, do not edit (make regenerate)

import NIOCore

/// DeleteTopicsResponse: Kafka response (key 20), versions 0-6, flexible versions 4+.
public struct DeleteTopicsResponse: KafkaResponse {
    public static let messageName = "DeleteTopicsResponse"
    public static let validVersions = VersionRange(0, 6)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 20)
    public typealias Request = DeleteTopicsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The results for each topic we tried to delete.
    /// Versions 0+.
    public var responses: [DeletableTopicResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        responses: [DeletableTopicResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.responses = responses
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeKafkaArrayCount(self.responses.count, flexible: flexible)
        for element in self.responses {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteTopicsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteTopicsResponse.throttleTimeMs")
        }
        self.responses = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteTopicsResponse.responses") { elementBuffer in try DeletableTopicResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteTopicsResponse")
        }
    }

    /// DeletableTopicResult, in DeleteTopicsResponse versions 0-6.
    public struct DeletableTopicResult: ProtocolStruct {
        /// The topic name
        /// Versions 0+, nullable 6+, map key.
        public var name: String? = ""
        /// the unique topic ID
        /// Versions 6+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The deletion error, or 0 if the deletion succeeded.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        /// Versions 5+, nullable 5+, ignorable.
        public var errorMessage: String? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String? = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            errorCode: Int16 = 0,
            errorMessage: String? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.topicId = topicId
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            if let value = self.name {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteTopicsResponse.DeletableTopicResult.name")
            } else if version >= 6 {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteTopicsResponse.DeletableTopicResult.name")
            } else {
                throw ProtocolEncodingError.nullNotAllowed(message: "DeleteTopicsResponse.DeletableTopicResult", field: "name", version: version)
            }
            if version >= 6 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeInteger(self.errorCode)
            if version >= 5 {
                if let value = self.errorMessage {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteTopicsResponse.DeletableTopicResult.errorMessage")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteTopicsResponse.DeletableTopicResult.errorMessage")
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteTopicsResponse.DeletableTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.name = try version >= 6 ? buffer.readKafkaNullableString(flexible: flexible, "DeleteTopicsResponse.DeletableTopicResult.name") : buffer.readKafkaString(flexible: flexible, "DeleteTopicsResponse.DeletableTopicResult.name")
            if version >= 6 {
                self.topicId = try buffer.readKafkaUuid("DeleteTopicsResponse.DeletableTopicResult.topicId")
            }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteTopicsResponse.DeletableTopicResult.errorCode")
            if version >= 5 {
                self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DeleteTopicsResponse.DeletableTopicResult.errorMessage")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteTopicsResponse.DeletableTopicResult")
            }
        }
    }
}

extension Array where Element == DeleteTopicsResponse.DeletableTopicResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String?) -> Element? {
        self.first { $0.name == name }
    }
}
