// generated from clients/RequestHeader.json, do not edit (make regenerate)

import NIOCore

/// RequestHeader: Kafka header, versions 0-2, flexible versions 2+.
public struct RequestHeader: ProtocolMessage {
    public static let messageName = "RequestHeader"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)

    /// The API key of this request.
    /// Versions 0+.
    public var requestApiKey: Int16 = 0
    /// The API version of this request.
    /// Versions 0+.
    public var requestApiVersion: Int16 = 0
    /// The correlation ID of this request.
    /// Versions 0+.
    public var correlationId: Int32 = 0
    /// The client ID string.
    /// Versions 1+, nullable 1+, ignorable.
    public var clientId: String? = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        requestApiKey: Int16 = 0,
        requestApiVersion: Int16 = 0,
        correlationId: Int32 = 0,
        clientId: String? = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.requestApiKey = requestApiKey
        self.requestApiVersion = requestApiVersion
        self.correlationId = correlationId
        self.clientId = clientId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.requestApiKey)
        writer.buffer.writeInteger(self.requestApiVersion)
        writer.buffer.writeInteger(self.correlationId)
        if version >= 1 {
            if let value = self.clientId {
                try writer.buffer.writeKafkaString(value, flexible: false, "RequestHeader.clientId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: false, "RequestHeader.clientId")
            }
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "RequestHeader", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.requestApiKey = try buffer.readKafkaInteger(as: Int16.self, "RequestHeader.requestApiKey")
        self.requestApiVersion = try buffer.readKafkaInteger(as: Int16.self, "RequestHeader.requestApiVersion")
        self.correlationId = try buffer.readKafkaInteger(as: Int32.self, "RequestHeader.correlationId")
        if version >= 1 {
            self.clientId = try buffer.readKafkaNullableString(flexible: false, "RequestHeader.clientId")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RequestHeader")
        }
    }
}
