// generated from clients/ResponseHeader.json, do not edit (make regenerate)

import NIOCore

/// ResponseHeader: Kafka header, versions 0-1, flexible versions 1+.
public struct ResponseHeader: ProtocolMessage {
    public static let messageName = "ResponseHeader"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)

    /// The correlation ID of this response.
    /// Versions 0+.
    public var correlationId: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        correlationId: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.correlationId = correlationId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeInteger(self.correlationId)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ResponseHeader", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.correlationId = try buffer.readKafkaInteger(as: Int32.self, "ResponseHeader.correlationId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ResponseHeader")
        }
    }
}
