// generated from clients/SaslHandshakeResponse.json, do not edit (make regenerate)

import NIOCore

/// SaslHandshakeResponse: Kafka response (key 17), versions 0-1, flexible versions none.
public struct SaslHandshakeResponse: KafkaResponse {
    public static let messageName = "SaslHandshakeResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange.none
    public static let apiKey = ApiKey(rawValue: 17)
    public typealias Request = SaslHandshakeRequest

    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The mechanisms enabled in the server.
    /// Versions 0+.
    public var mechanisms: [String] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        mechanisms: [String] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.mechanisms = mechanisms
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.mechanisms.count, flexible: flexible)
        for element in self.mechanisms {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "SaslHandshakeResponse.mechanisms")
        }
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "SaslHandshakeResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "SaslHandshakeResponse.errorCode")
        self.mechanisms = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "SaslHandshakeResponse.mechanisms") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "SaslHandshakeResponse.mechanisms") }
    }
}
