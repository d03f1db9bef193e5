// generated from clients/UpdateMetadataResponse.json, do not edit (make regenerate)

import NIOCore

/// UpdateMetadataResponse: Kafka response (key 6), versions 0-8, flexible versions 6+.
public struct UpdateMetadataResponse: KafkaResponse {
    public static let messageName = "UpdateMetadataResponse"
    public static let validVersions = VersionRange(0, 8)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 6)
    public typealias Request = UpdateMetadataRequest

    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
        writer.buffer.writeInteger(self.errorCode)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "UpdateMetadataResponse.errorCode")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateMetadataResponse")
        }
    }
}
