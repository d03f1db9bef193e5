// generated from clients/DescribeUserScramCredentialsResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeUserScramCredentialsResponse: Kafka response (key 50), versions 0, flexible versions 0+.
public struct DescribeUserScramCredentialsResponse: KafkaResponse {
    public static let messageName = "DescribeUserScramCredentialsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 50)
    public typealias Request = DescribeUserScramCredentialsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The message-level error code, 0 except for user authorization or infrastructure issues.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The message-level error message, if any.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = ""
    /// The results for descriptions, one per user.
    /// Versions 0+.
    public var results: [DescribeUserScramCredentialsResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        results: [DescribeUserScramCredentialsResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeUserScramCredentialsResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeUserScramCredentialsResponse.errorMessage")
        }
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeUserScramCredentialsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeUserScramCredentialsResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeUserScramCredentialsResponse.errorMessage")
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeUserScramCredentialsResponse.results") { elementBuffer in try DescribeUserScramCredentialsResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeUserScramCredentialsResponse")
        }
    }

    /// DescribeUserScramCredentialsResult, in DescribeUserScramCredentialsResponse versions 0.
    public struct DescribeUserScramCredentialsResult: ProtocolStruct {
        /// The user name.
        /// Versions 0+.
        public var user: String = ""
        /// The user-level error code.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The user-level error message, if any.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// The mechanism and related information associated with the user's SCRAM credentials.
        /// Versions 0+.
        public var credentialInfos: [CredentialInfo] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            user: String = "",
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            credentialInfos: [CredentialInfo] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.user = user
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.credentialInfos = credentialInfos
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.user, flexible: flexible, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.user")
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.errorMessage")
            }
            writer.buffer.writeKafkaArrayCount(self.credentialInfos.count, flexible: flexible)
            for element in self.credentialInfos {
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
            self.user = try buffer.readKafkaString(flexible: flexible, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.user")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.errorMessage")
            self.credentialInfos = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.credentialInfos") { elementBuffer in try CredentialInfo(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult")
            }
        }
    }

    /// CredentialInfo, in DescribeUserScramCredentialsResponse versions 0.
    public struct CredentialInfo: ProtocolStruct {
        /// The SCRAM mechanism.
        /// Versions 0+.
        public var mechanism: Int8 = 0
        /// The number of iterations used in the SCRAM credential.
        /// Versions 0+.
        public var iterations: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            mechanism: Int8 = 0,
            iterations: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.mechanism = mechanism
            self.iterations = iterations
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.mechanism)
            writer.buffer.writeInteger(self.iterations)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.mechanism = try buffer.readKafkaInteger(as: Int8.self, "DescribeUserScramCredentialsResponse.CredentialInfo.mechanism")
            self.iterations = try buffer.readKafkaInteger(as: Int32.self, "DescribeUserScramCredentialsResponse.CredentialInfo.iterations")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeUserScramCredentialsResponse.CredentialInfo")
            }
        }
    }
}
