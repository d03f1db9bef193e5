// generated from clients/EnvelopeRequest.json, do not edit (make regenerate)

import NIOCore

/// EnvelopeRequest: Kafka request (key 58), versions 0, flexible versions 0+.
public struct EnvelopeRequest: KafkaRequest {
    public static let messageName = "EnvelopeRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 58)
    public typealias Response = EnvelopeResponse

    /// The embedded request header and data.
    /// Versions 0+.
    public var requestData: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// Value of the initial client principal when the request is redirected by a broker.
    /// Versions 0+, nullable 0+.
    public var requestPrincipal: NIOCore.ByteBuffer? = NIOCore.ByteBuffer()
    /// The original client's address in bytes.
    /// Versions 0+.
    public var clientHostAddress: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        requestData: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        requestPrincipal: NIOCore.ByteBuffer? = NIOCore.ByteBuffer(),
        clientHostAddress: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.requestData = requestData
        self.requestPrincipal = requestPrincipal
        self.clientHostAddress = clientHostAddress
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaBytes(self.requestData, flexible: flexible)
        if let value = self.requestPrincipal {
            writer.buffer.writeKafkaBytes(value, flexible: flexible)
        } else {
            writer.buffer.writeKafkaBytes(nil, flexible: flexible)
        }
        writer.buffer.writeKafkaBytes(self.clientHostAddress, flexible: flexible)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.requestData = try buffer.readKafkaBytes(flexible: flexible, "EnvelopeRequest.requestData")
        self.requestPrincipal = try buffer.readKafkaNullableBytes(flexible: flexible, "EnvelopeRequest.requestPrincipal")
        self.clientHostAddress = try buffer.readKafkaBytes(flexible: flexible, "EnvelopeRequest.clientHostAddress")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EnvelopeRequest")
        }
    }
}
