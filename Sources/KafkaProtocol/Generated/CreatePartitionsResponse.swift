// generated from clients/CreatePartitionsResponse.json, do not edit (make regenerate)

import NIOCore

/// CreatePartitionsResponse: Kafka response (key 37), versions 0-3, flexible versions 2+.
public struct CreatePartitionsResponse: KafkaResponse {
    public static let messageName = "CreatePartitionsResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 37)
    public typealias Request = CreatePartitionsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The partition creation results for each topic.
    /// Versions 0+.
    public var results: [CreatePartitionsTopicResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        results: [CreatePartitionsTopicResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreatePartitionsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreatePartitionsResponse.throttleTimeMs")
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreatePartitionsResponse.results") { elementBuffer in try CreatePartitionsTopicResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreatePartitionsResponse")
        }
    }

    /// CreatePartitionsTopicResult, in CreatePartitionsResponse versions 0-3.
    public struct CreatePartitionsTopicResult: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The result error, or zero if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            errorCode: Int16 = 0,
            errorMessage: String? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "CreatePartitionsResponse.CreatePartitionsTopicResult.name")
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "CreatePartitionsResponse.CreatePartitionsTopicResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "CreatePartitionsResponse.CreatePartitionsTopicResult.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreatePartitionsResponse.CreatePartitionsTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(flexible: flexible, "CreatePartitionsResponse.CreatePartitionsTopicResult.name")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreatePartitionsResponse.CreatePartitionsTopicResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "CreatePartitionsResponse.CreatePartitionsTopicResult.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreatePartitionsResponse.CreatePartitionsTopicResult")
            }
        }
    }
}
