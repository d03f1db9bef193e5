// generated from clients/CreateAclsResponse.json, do not edit (make regenerate)

import NIOCore

/// CreateAclsResponse: Kafka response (key 30), versions 0-3, flexible versions 2+.
public struct CreateAclsResponse: KafkaResponse {
    public static let messageName = "CreateAclsResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 30)
    public typealias Request = CreateAclsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The results for each ACL creation.
    /// Versions 0+.
    public var results: [AclCreationResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        results: [AclCreationResult] = [],
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
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateAclsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreateAclsResponse.throttleTimeMs")
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreateAclsResponse.results") { elementBuffer in try AclCreationResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateAclsResponse")
        }
    }

    /// AclCreationResult, in CreateAclsResponse versions 0-3.
    public struct AclCreationResult: ProtocolStruct {
        /// The result error, or zero if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "CreateAclsResponse.AclCreationResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "CreateAclsResponse.AclCreationResult.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateAclsResponse.AclCreationResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreateAclsResponse.AclCreationResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "CreateAclsResponse.AclCreationResult.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateAclsResponse.AclCreationResult")
            }
        }
    }
}
