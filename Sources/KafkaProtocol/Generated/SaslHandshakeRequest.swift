// generated from clients/SaslHandshakeRequest.json, do not edit (make regenerate)

import NIOCore

/// SaslHandshakeRequest: Kafka request (key 17), versions 0-1, flexible versions none.
public struct SaslHandshakeRequest: KafkaRequest {
    public static let messageName = "SaslHandshakeRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange.none
    public static let apiKey = ApiKey(rawValue: 17)
    public typealias Response = SaslHandshakeResponse

    /// The SASL mechanism chosen by the client.
    /// Versions 0+.
    public var mechanism: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        mechanism: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.mechanism = mechanism
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        try writer.buffer.writeKafkaString(self.mechanism, flexible: flexible, "SaslHandshakeRequest.mechanism")
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "SaslHandshakeRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.mechanism = try buffer.readKafkaString(flexible: flexible, "SaslHandshakeRequest.mechanism")
    }
}
