// generated from clients/DescribeDelegationTokenResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeDelegationTokenResponse: Kafka response (key 41), versions 0-3, flexible versions 2+.
public struct DescribeDelegationTokenResponse: KafkaResponse {
    public static let messageName = "DescribeDelegationTokenResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 41)
    public typealias Request = DescribeDelegationTokenRequest

    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The tokens.
    /// Versions 0+.
    public var tokens: [DescribedDelegationToken] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        tokens: [DescribedDelegationToken] = [],
        throttleTimeMs: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.tokens = tokens
        self.throttleTimeMs = throttleTimeMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.tokens.count, flexible: flexible)
        for element in self.tokens {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeInteger(self.throttleTimeMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeDelegationTokenResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeDelegationTokenResponse.errorCode")
        self.tokens = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeDelegationTokenResponse.tokens") { elementBuffer in try DescribedDelegationToken(from: &elementBuffer, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeDelegationTokenResponse.throttleTimeMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeDelegationTokenResponse")
        }
    }

    /// DescribedDelegationToken, in DescribeDelegationTokenResponse versions 0-3.
    public struct DescribedDelegationToken: ProtocolStruct {
        /// The token principal type.
        /// Versions 0+.
        public var principalType: String = ""
        /// The token principal name.
        /// Versions 0+.
        public var principalName: String = ""
        /// The principal type of the requester of the token.
        /// Versions 3+.
        public var tokenRequesterPrincipalType: String = ""
        /// The principal type of the requester of the token.
        /// Versions 3+.
        public var tokenRequesterPrincipalName: String = ""
        /// The token issue timestamp in milliseconds.
        /// Versions 0+.
        public var issueTimestamp: Int64 = 0
        /// The token expiry timestamp in milliseconds.
        /// Versions 0+.
        public var expiryTimestamp: Int64 = 0
        /// The token maximum timestamp length in milliseconds.
        /// Versions 0+.
        public var maxTimestamp: Int64 = 0
        /// The token ID.
        /// Versions 0+.
        public var tokenId: String = ""
        /// The token HMAC.
        /// Versions 0+.
        public var hmac: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// Those who are able to renew this token before it expires.
        /// Versions 0+.
        public var renewers: [DescribedDelegationTokenRenewer] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            principalType: String = "",
            principalName: String = "",
            tokenRequesterPrincipalType: String = "",
            tokenRequesterPrincipalName: String = "",
            issueTimestamp: Int64 = 0,
            expiryTimestamp: Int64 = 0,
            maxTimestamp: Int64 = 0,
            tokenId: String = "",
            hmac: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            renewers: [DescribedDelegationTokenRenewer] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.principalType = principalType
            self.principalName = principalName
            self.tokenRequesterPrincipalType = tokenRequesterPrincipalType
            self.tokenRequesterPrincipalName = tokenRequesterPrincipalName
            self.issueTimestamp = issueTimestamp
            self.expiryTimestamp = expiryTimestamp
            self.maxTimestamp = maxTimestamp
            self.tokenId = tokenId
            self.hmac = hmac
            self.renewers = renewers
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.principalType, flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.principalType")
            try writer.buffer.writeKafkaString(self.principalName, flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.principalName")
            if version >= 3 {
                try writer.buffer.writeKafkaString(self.tokenRequesterPrincipalType, flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.tokenRequesterPrincipalType")
            }
            if !(version >= 3) && self.tokenRequesterPrincipalType != "" {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeDelegationTokenResponse.DescribedDelegationToken", field: "tokenRequesterPrincipalType", version: version)
            }
            if version >= 3 {
                try writer.buffer.writeKafkaString(self.tokenRequesterPrincipalName, flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.tokenRequesterPrincipalName")
            }
            if !(version >= 3) && self.tokenRequesterPrincipalName != "" {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeDelegationTokenResponse.DescribedDelegationToken", field: "tokenRequesterPrincipalName", version: version)
            }
            writer.buffer.writeInteger(self.issueTimestamp)
            writer.buffer.writeInteger(self.expiryTimestamp)
            writer.buffer.writeInteger(self.maxTimestamp)
            try writer.buffer.writeKafkaString(self.tokenId, flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.tokenId")
            writer.buffer.writeKafkaBytes(self.hmac, flexible: flexible)
            writer.buffer.writeKafkaArrayCount(self.renewers.count, flexible: flexible)
            for element in self.renewers {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeDelegationTokenResponse.DescribedDelegationToken", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.principalType = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.principalType")
            self.principalName = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.principalName")
            if version >= 3 {
                self.tokenRequesterPrincipalType = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.tokenRequesterPrincipalType")
            }
            if version >= 3 {
                self.tokenRequesterPrincipalName = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.tokenRequesterPrincipalName")
            }
            self.issueTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeDelegationTokenResponse.DescribedDelegationToken.issueTimestamp")
            self.expiryTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeDelegationTokenResponse.DescribedDelegationToken.expiryTimestamp")
            self.maxTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeDelegationTokenResponse.DescribedDelegationToken.maxTimestamp")
            self.tokenId = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.tokenId")
            self.hmac = try buffer.readKafkaBytes(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.hmac")
            self.renewers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeDelegationTokenResponse.DescribedDelegationToken.renewers") { elementBuffer in try DescribedDelegationTokenRenewer(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeDelegationTokenResponse.DescribedDelegationToken")
            }
        }
    }

    /// DescribedDelegationTokenRenewer, in DescribeDelegationTokenResponse versions 0-3.
    public struct DescribedDelegationTokenRenewer: ProtocolStruct {
        /// The renewer principal type
        /// Versions 0+.
        public var principalType: String = ""
        /// The renewer principal name
        /// Versions 0+.
        public var principalName: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            principalType: String = "",
            principalName: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.principalType = principalType
            self.principalName = principalName
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.principalType, flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principalType")
            try writer.buffer.writeKafkaString(self.principalName, flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principalName")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.principalType = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principalType")
            self.principalName = try buffer.readKafkaString(flexible: flexible, "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principalName")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer")
            }
        }
    }
}
