// generated from clients/CreateDelegationTokenResponse.json, do not edit (make regenerate)

import NIOCore

/// CreateDelegationTokenResponse: Kafka response (key 38), versions 0-3, flexible versions 2+.
public struct CreateDelegationTokenResponse: KafkaResponse {
    public static let messageName = "CreateDelegationTokenResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 38)
    public typealias Request = CreateDelegationTokenRequest

    /// The top-level error, or zero if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The principal type of the token owner.
    /// Versions 0+.
    public var principalType: String = ""
    /// The name of the token owner.
    /// Versions 0+.
    public var principalName: String = ""
    /// The principal type of the requester of the token.
    /// Versions 3+.
    public var tokenRequesterPrincipalType: String = ""
    /// The principal type of the requester of the token.
    /// Versions 3+.
    public var tokenRequesterPrincipalName: String = ""
    /// When this token was generated.
    /// Versions 0+.
    public var issueTimestampMs: Int64 = 0
    /// When this token expires.
    /// Versions 0+.
    public var expiryTimestampMs: Int64 = 0
    /// The maximum lifetime of this token.
    /// Versions 0+.
    public var maxTimestampMs: Int64 = 0
    /// The token UUID.
    /// Versions 0+.
    public var tokenId: String = ""
    /// HMAC of the delegation token.
    /// Versions 0+.
    public var hmac: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        principalType: String = "",
        principalName: String = "",
        tokenRequesterPrincipalType: String = "",
        tokenRequesterPrincipalName: String = "",
        issueTimestampMs: Int64 = 0,
        expiryTimestampMs: Int64 = 0,
        maxTimestampMs: Int64 = 0,
        tokenId: String = "",
        hmac: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        throttleTimeMs: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.principalType = principalType
        self.principalName = principalName
        self.tokenRequesterPrincipalType = tokenRequesterPrincipalType
        self.tokenRequesterPrincipalName = tokenRequesterPrincipalName
        self.issueTimestampMs = issueTimestampMs
        self.expiryTimestampMs = expiryTimestampMs
        self.maxTimestampMs = maxTimestampMs
        self.tokenId = tokenId
        self.hmac = hmac
        self.throttleTimeMs = throttleTimeMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.errorCode)
        try writer.buffer.writeKafkaString(self.principalType, flexible: flexible, "CreateDelegationTokenResponse.principalType")
        try writer.buffer.writeKafkaString(self.principalName, flexible: flexible, "CreateDelegationTokenResponse.principalName")
        if version >= 3 {
            try writer.buffer.writeKafkaString(self.tokenRequesterPrincipalType, flexible: flexible, "CreateDelegationTokenResponse.tokenRequesterPrincipalType")
        }
        if !(version >= 3) && self.tokenRequesterPrincipalType != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateDelegationTokenResponse", field: "tokenRequesterPrincipalType", version: version)
        }
        if version >= 3 {
            try writer.buffer.writeKafkaString(self.tokenRequesterPrincipalName, flexible: flexible, "CreateDelegationTokenResponse.tokenRequesterPrincipalName")
        }
        if !(version >= 3) && self.tokenRequesterPrincipalName != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateDelegationTokenResponse", field: "tokenRequesterPrincipalName", version: version)
        }
        writer.buffer.writeInteger(self.issueTimestampMs)
        writer.buffer.writeInteger(self.expiryTimestampMs)
        writer.buffer.writeInteger(self.maxTimestampMs)
        try writer.buffer.writeKafkaString(self.tokenId, flexible: flexible, "CreateDelegationTokenResponse.tokenId")
        writer.buffer.writeKafkaBytes(self.hmac, flexible: flexible)
        writer.buffer.writeInteger(self.throttleTimeMs)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateDelegationTokenResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreateDelegationTokenResponse.errorCode")
        self.principalType = try buffer.readKafkaString(flexible: flexible, "CreateDelegationTokenResponse.principalType")
        self.principalName = try buffer.readKafkaString(flexible: flexible, "CreateDelegationTokenResponse.principalName")
        if version >= 3 {
            self.tokenRequesterPrincipalType = try buffer.readKafkaString(flexible: flexible, "CreateDelegationTokenResponse.tokenRequesterPrincipalType")
        }
        if version >= 3 {
            self.tokenRequesterPrincipalName = try buffer.readKafkaString(flexible: flexible, "CreateDelegationTokenResponse.tokenRequesterPrincipalName")
        }
        self.issueTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenResponse.issueTimestampMs")
        self.expiryTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenResponse.expiryTimestampMs")
        self.maxTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenResponse.maxTimestampMs")
        self.tokenId = try buffer.readKafkaString(flexible: flexible, "CreateDelegationTokenResponse.tokenId")
        self.hmac = try buffer.readKafkaBytes(flexible: flexible, "CreateDelegationTokenResponse.hmac")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreateDelegationTokenResponse.throttleTimeMs")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateDelegationTokenResponse")
        }
    }
}
