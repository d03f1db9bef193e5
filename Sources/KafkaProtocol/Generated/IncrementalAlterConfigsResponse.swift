// generated from clients/IncrementalAlterConfigsResponse.json, do not edit (make regenerate)

import NIOCore

/// IncrementalAlterConfigsResponse: Kafka response (key 44), versions 0-1, flexible versions 1+.
public struct IncrementalAlterConfigsResponse: KafkaResponse {
    public static let messageName = "IncrementalAlterConfigsResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 44)
    public typealias Request = IncrementalAlterConfigsRequest

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each resource.
    /// Versions 0+.
    public var responses: [AlterConfigsResourceResponse] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        responses: [AlterConfigsResourceResponse] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.responses = responses
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.responses.count, flexible: flexible)
        for element in self.responses {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "IncrementalAlterConfigsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "IncrementalAlterConfigsResponse.throttleTimeMs")
        self.responses = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "IncrementalAlterConfigsResponse.responses") { elementBuffer in try AlterConfigsResourceResponse(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "IncrementalAlterConfigsResponse")
        }
    }

    /// AlterConfigsResourceResponse, in IncrementalAlterConfigsResponse versions 0-1.
    public struct AlterConfigsResourceResponse: ProtocolStruct {
        /// The resource error code.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The resource error message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// The resource type.
        /// Versions 0+.
        public var resourceType: Int8 = 0
        /// The resource name.
        /// Versions 0+.
        public var resourceName: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            resourceType: Int8 = 0,
            resourceName: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.resourceType = resourceType
            self.resourceName = resourceName
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.errorMessage")
            }
            writer.buffer.writeInteger(self.resourceType)
            try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.resourceName")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.errorMessage")
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.resourceType")
            self.resourceName = try buffer.readKafkaString(flexible: flexible, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.resourceName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse")
            }
        }
    }
}
