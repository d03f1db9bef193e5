// generated from clients/AlterUserScramCredentialsResponse.json, do not edit (make regenerate)

import NIOCore

/// AlterUserScramCredentialsResponse: Kafka response (key 51), versions 0, flexible versions 0+.
public struct AlterUserScramCredentialsResponse: KafkaResponse {
    public static let messageName = "AlterUserScramCredentialsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 51)
    public typealias Request = AlterUserScramCredentialsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The results for deletions and alterations, one per affected user.
    /// Versions 0+.
    public var results: [AlterUserScramCredentialsResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        results: [AlterUserScramCredentialsResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterUserScramCredentialsResponse.throttleTimeMs")
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterUserScramCredentialsResponse.results") { elementBuffer in try AlterUserScramCredentialsResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterUserScramCredentialsResponse")
        }
    }

    /// AlterUserScramCredentialsResult, in AlterUserScramCredentialsResponse versions 0.
    public struct AlterUserScramCredentialsResult: ProtocolStruct {
        /// The user name.
        /// Versions 0+.
        public var user: String = ""
        /// The error code.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, if any.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            user: String = "",
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.user = user
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.user, flexible: flexible, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.user")
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.user = try buffer.readKafkaString(flexible: flexible, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.user")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult")
            }
        }
    }
}
