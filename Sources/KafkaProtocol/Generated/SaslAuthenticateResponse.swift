// generated from clients/SaslAuthenticateResponse.json, do not edit (make regenerate)

import NIOCore

/// SaslAuthenticateResponse: Kafka response (key 36), versions 0-2, flexible versions 2+.
public struct SaslAuthenticateResponse: KafkaResponse {
    public static let messageName = "SaslAuthenticateResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 36)
    public typealias Request = SaslAuthenticateRequest

    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = ""
    /// The SASL authentication bytes from the server, as defined by the SASL mechanism.
    /// Versions 0+.
    public var authBytes: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur.
    /// Versions 1+, ignorable.
    public var sessionLifetimeMs: Int64 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        authBytes: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        sessionLifetimeMs: Int64 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.authBytes = authBytes
        self.sessionLifetimeMs = sessionLifetimeMs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "SaslAuthenticateResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "SaslAuthenticateResponse.errorMessage")
        }
        writer.buffer.writeKafkaBytes(self.authBytes, flexible: flexible)
        if version >= 1 {
            writer.buffer.writeInteger(self.sessionLifetimeMs)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "SaslAuthenticateResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "SaslAuthenticateResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "SaslAuthenticateResponse.errorMessage")
        self.authBytes = try buffer.readKafkaBytes(flexible: flexible, "SaslAuthenticateResponse.authBytes")
        if version >= 1 {
            self.sessionLifetimeMs = try buffer.readKafkaInteger(as: Int64.self, "SaslAuthenticateResponse.sessionLifetimeMs")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "SaslAuthenticateResponse")
        }
    }
}
