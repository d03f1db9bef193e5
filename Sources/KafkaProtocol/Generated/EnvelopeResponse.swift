// generated from clients/EnvelopeResponse.json, do not edit (make regenerate)

import NIOCore

/// EnvelopeResponse: Kafka response (key 58), versions 0, flexible versions 0+.
public struct EnvelopeResponse: KafkaResponse {
    public static let messageName = "EnvelopeResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 58)
    public typealias Request = EnvelopeRequest

    /// The embedded response header and data.
    /// Versions 0+, nullable 0+.
    public var responseData: NIOCore.ByteBuffer? = nil
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        responseData: NIOCore.ByteBuffer? = nil,
        errorCode: Int16 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.responseData = responseData
        self.errorCode = errorCode
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.responseData {
            writer.buffer.writeKafkaBytes(value, flexible: flexible)
        } else {
            writer.buffer.writeKafkaBytes(nil, flexible: flexible)
        }
        writer.buffer.writeInteger(self.errorCode)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.responseData = try buffer.readKafkaNullableBytes(flexible: flexible, "EnvelopeResponse.responseData")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "EnvelopeResponse.errorCode")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EnvelopeResponse")
        }
    }
}
