// generated from clients/SaslAuthenticateRequest.json, do not edit (make regenerate)

import NIOCore

/// SaslAuthenticateRequest: Kafka request (key 36), versions 0-2, flexible versions 2+.
public struct SaslAuthenticateRequest: KafkaRequest {
    public static let messageName = "SaslAuthenticateRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 36)
    public typealias Response = SaslAuthenticateResponse

    /// The SASL authentication bytes from the client, as defined by the SASL mechanism.
    /// Versions 0+.
    public var authBytes: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        authBytes: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.authBytes = authBytes
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeKafkaBytes(self.authBytes, flexible: flexible)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "SaslAuthenticateRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.authBytes = try buffer.readKafkaBytes(flexible: flexible, "SaslAuthenticateRequest.authBytes")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "SaslAuthenticateRequest")
        }
    }
}
